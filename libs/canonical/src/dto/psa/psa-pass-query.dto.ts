import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CONSUMER_NAME } from '../consumer-name';

/**
 * What every read of a PSA pass takes: where to resume (a cursor, else the consumer's checkpoint)
 * and how many of its `items` a page holds. A base class per pass, which adds its own filters.
 */
export function PsaPassQueryDto(items: 'Events' | 'Items') {
  abstract class PsaPassQuery {
    @ApiPropertyOptional({
      description: 'A `nextCursor` or `checkpoint` of an earlier answer; absent: a first pass.',
    })
    @IsOptional()
    @IsString()
    @MaxLength(2048)
    cursor?: string;

    @ApiPropertyOptional({
      description:
        'Without a cursor: read on from this consumer\u2019s checkpoint (`PUT /checkpoints/{feed}/{consumer}`), if it has one.',
      example: 'process-time',
    })
    @IsOptional()
    @Matches(CONSUMER_NAME)
    consumer?: string;

    @ApiPropertyOptional({
      description: `${items} per page.`,
      default: 100,
      minimum: 1,
      maximum: 500,
    })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(500)
    limit?: number;
  }
  return PsaPassQuery;
}
