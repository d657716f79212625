import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { POSTING_KINDS, POSTING_STATUSES } from './posting.dto';

export class ListPostingsQueryDto {
  @ApiPropertyOptional({ description: 'Only this status.', enum: POSTING_STATUSES })
  @IsOptional()
  @IsIn(POSTING_STATUSES)
  status?: (typeof POSTING_STATUSES)[number];

  @ApiPropertyOptional({ description: 'Only time or only expenses.', enum: POSTING_KINDS })
  @IsOptional()
  @IsIn(POSTING_KINDS)
  kind?: (typeof POSTING_KINDS)[number];

  @ApiPropertyOptional({ description: 'Only this canonical project.', example: 'PRJ-006NW000101' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  project?: string;

  @ApiPropertyOptional({ description: 'Per page.', default: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 100;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;
}
