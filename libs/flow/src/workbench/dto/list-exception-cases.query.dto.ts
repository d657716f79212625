import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CursorPageQuery, OWNER_GROUPS, OwnerGroup } from '@p2c/canonical';
import type { ExceptionStatus } from '@p2c/persistence';
import { CASE_REASON_CODES } from '../case-reason-codes';
import { EXCEPTION_STATUSES } from '../exception-statuses';

/** The workbench's filters, on a page of up to 500 cases (100 unless asked), newest first. */
export class ListExceptionCasesQueryDto extends CursorPageQuery({
  defaultLimit: 100,
  maxLimit: 500,
}) {
  @ApiPropertyOptional({ description: 'Only this status.', enum: EXCEPTION_STATUSES })
  @IsOptional()
  @IsIn(EXCEPTION_STATUSES)
  status?: ExceptionStatus;

  @ApiPropertyOptional({ description: 'Only this reason.', enum: CASE_REASON_CODES })
  @IsOptional()
  @IsIn(CASE_REASON_CODES)
  reason?: string;

  @ApiPropertyOptional({ description: 'Only cases this group owns.', enum: OWNER_GROUPS })
  @IsOptional()
  @IsIn(OWNER_GROUPS)
  ownerGroup?: OwnerGroup;

  @ApiPropertyOptional({
    description: 'Only cases given to this person.',
    example: 'ana.ops@northwind',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  assignee?: string;
}
