import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CONSUMER_NAME, MAX_CHANGES_PAGE } from '@p2c/canonical';

/** Where to read a change feed from, and how much. */
export class ChangesQueryDto {
  @ApiPropertyOptional({
    description:
      'Read on from this cursor (a `nextCursor` this API returned). Without it: from the consumer\u2019s checkpoint, or from the start of the feed.',
    example: 'eyJhdCI6IjIwMjYtMTEtMjBUMDk6MDA6MDAuMDAwWiIsImlkIjoiMDA2TlcwMDAxMDEifQ',
  })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  @ApiPropertyOptional({
    description: 'The consumer whose checkpoint to read from when no cursor is given.',
    example: 'onboarding',
    pattern: CONSUMER_NAME.source,
  })
  @IsOptional()
  @Matches(CONSUMER_NAME)
  consumer?: string;

  @ApiPropertyOptional({
    description: 'Most records to return.',
    example: 200,
    minimum: 1,
    maximum: MAX_CHANGES_PAGE,
    default: 200,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_CHANGES_PAGE)
  limit: number = 200;
}
