import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { ErpPostingRecordDto } from './erp-posting-record.dto';
import { ErpPostingStatus } from './erp-posting-status.decorator';
import { TimePostingStatus } from './time-posting-status';

/** Time in the ERP's project accounting (a timeBill). */
export class TimePostingDto extends ErpPostingRecordDto({
  record: 'timeBill',
  holds: 'time',
  idExample: 'psa-time-31000017-v1',
  erpIdExample: '50001',
}) {
  @ApiProperty({ description: 'Date the work was done.', example: '2026-11-02' })
  @IsCalendarDate()
  workDate: string;

  @ApiProperty({
    description: 'Decimal hours (rounded to 4 places when not a whole number of 3 minutes).',
    example: '7.5',
  })
  @IsString()
  hours: string;

  @ApiProperty({ description: 'The duration in minutes, exact.', example: 450 })
  @IsInt()
  minutes: number;

  @ApiProperty({ description: 'Whether the time is billed.', example: true })
  @IsBoolean()
  billable: boolean;

  @MoneyProperty('Bill rate per hour.', { optional: true })
  billRate?: MoneyDto;

  @MoneyProperty(
    'Billable value: minutes × rate ÷ 60, rounded half away from zero to the minor unit.',
    { optional: true },
  )
  billableAmount?: MoneyDto;

  @ApiPropertyOptional({ description: 'Memo.', example: 'PSA time entry 31000017 v1' })
  @IsOptional()
  @IsString()
  memo?: string;

  @ErpPostingStatus()
  status: TimePostingStatus;
}
