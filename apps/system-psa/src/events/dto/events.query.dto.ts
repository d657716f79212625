import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class EventsQueryDto {
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
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/) // a consumer name of /checkpoints
  consumer?: string;

  @ApiPropertyOptional({
    description:
      'Without a cursor: only events after this instant (the PSA’s clock); absent: all it keeps (9 days).',
    example: '2026-11-20T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;

  @ApiPropertyOptional({ description: 'Events per page.', default: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
