import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CursorPageQuery, DIMENSION_CODE_PATTERN } from '@p2c/canonical';
import {
  PROVISIONAL_PROJECT_STATUSES,
  ProvisionalProjectStatusName,
} from './provisional-project-status';

export class ListProvisionalProjectsQueryDto extends CursorPageQuery({
  defaultLimit: 50,
  maxLimit: 100,
}) {
  @ApiPropertyOptional({ description: 'Only this legal entity’s deals.', example: 'NWA-US' })
  @IsOptional()
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a dimension code' })
  legalEntity?: string;

  @ApiPropertyOptional({
    description: 'Only provisional projects in this status.',
    enum: PROVISIONAL_PROJECT_STATUSES,
  })
  @IsOptional()
  @IsIn(PROVISIONAL_PROJECT_STATUSES)
  status?: ProvisionalProjectStatusName;
}
