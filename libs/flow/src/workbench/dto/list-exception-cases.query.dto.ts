import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { OWNER_GROUPS, OwnerGroup } from '@p2c/canonical';
import type { ExceptionStatus } from '@p2c/persistence';
import { CASE_REASON_CODES } from '../case-reason-codes';
import { EXCEPTION_STATUSES } from '../exception-statuses';

/** The workbench's filters, then the page: `limit` cases after `cursor`, newest first. */
export class ListExceptionCasesQueryDto {
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

  @ApiPropertyOptional({
    description: 'Cases per page.',
    type: 'integer',
    example: 100,
    default: 100,
    minimum: 1,
    maximum: 500,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 100;

  @ApiPropertyOptional({
    description: 'The `nextCursor` of the previous page; absent for the first page.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;
}
