import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';

/** The work dates to sum, both ends inclusive; absent ends are open. */
export class TimePostingSummaryQueryDto {
  @ApiPropertyOptional({ description: 'First work date.', example: '2026-11-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Last work date.', example: '2026-11-30' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
