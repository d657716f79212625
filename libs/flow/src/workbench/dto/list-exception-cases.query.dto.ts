import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CursorPageQuery, OWNER_GROUPS, OwnerGroup } from '@p2c/canonical';
import type { ExceptionStatus } from '@p2c/persistence';
import { CASE_REASON_CODES } from '../case-reason-codes';
import { CASE_SORTS, CaseSort, SORT_ORDERS, SortOrder } from '../case-sorts';
import { EXCEPTION_STATUSES } from '../exception-statuses';

const MINUTES_IN_A_YEAR = 525_600;

/**
 * The workbench's filters and sort, on a page of up to 500 cases (100 unless asked), newest
 * first unless asked otherwise.
 */
export class ListExceptionCasesQueryDto extends CursorPageQuery({
  defaultLimit: 100,
  maxLimit: 500,
}) {
  @ApiPropertyOptional({ description: 'Only this flow’s cases.', example: 'time-posting' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{0,59}$/, { message: 'flow must be a flow name like time-posting' })
  flow?: string;

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
    description: 'Only cases raised at least this many minutes ago.',
    type: 'integer',
    minimum: 1,
    maximum: MINUTES_IN_A_YEAR,
    example: 240,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MINUTES_IN_A_YEAR)
  olderThanMinutes?: number;

  @ApiPropertyOptional({
    description: 'Only cases raised before this time.',
    format: 'date-time',
    example: '2026-11-20T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  createdBefore?: string;

  @ApiPropertyOptional({
    description:
      'true: only cases past their SLA (still unresolved after it fell due, or closed after it); false: only the others.',
    type: 'boolean',
    example: true,
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  slaBreached?: boolean;

  @ApiPropertyOptional({
    description: 'Sort by when the case was raised or when its SLA falls due.',
    enum: CASE_SORTS,
    default: 'createdAt',
  })
  @IsOptional()
  @IsIn(CASE_SORTS)
  sort: CaseSort = 'createdAt';

  @ApiPropertyOptional({
    description: 'Newest (latest due) first, or oldest (soonest due) first.',
    enum: SORT_ORDERS,
    default: 'desc',
  })
  @IsOptional()
  @IsIn(SORT_ORDERS)
  order: SortOrder = 'desc';
}
