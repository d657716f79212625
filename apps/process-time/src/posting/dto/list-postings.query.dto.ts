import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CursorPageQuery } from '@p2c/canonical';
import { POSTING_KINDS, POSTING_STATUSES } from './posting.dto';

export class ListPostingsQueryDto extends CursorPageQuery({ defaultLimit: 100, maxLimit: 500 }) {
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
}
