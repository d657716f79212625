import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { PERIOD_PATTERN } from '../calendar/calendar-date';

/** The most months one query over a range answers at once. */
export const MONTH_RANGE_AT_MOST = 36;

/**
 * The base of a query over a range of months, `from` to `to` (both YYYY-MM, both included); the
 * API that extends it checks the range itself (not backwards, at most MONTH_RANGE_AT_MOST months).
 */
export class MonthRangeQueryDto {
  @ApiProperty({ description: 'First month, YYYY-MM.', example: '2026-10' })
  @Matches(PERIOD_PATTERN, { message: 'from must be a month written YYYY-MM' })
  from: string;

  @ApiProperty({
    description: 'Last month, YYYY-MM: not before `from`, at most 36 months from it.',
    example: '2027-03',
  })
  @Matches(PERIOD_PATTERN, { message: 'to must be a month written YYYY-MM' })
  to: string;
}
