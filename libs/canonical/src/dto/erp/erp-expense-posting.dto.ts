import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { ErpPostingRecordDto } from './erp-posting-record.dto';
import { ErpPostingStatus } from './erp-posting-status.decorator';
import { TimePostingStatus } from './time-posting-status';

/** An expense in the ERP's project accounting (an expenseReport). */
export class ErpExpensePostingDto extends ErpPostingRecordDto({
  record: 'expenseReport',
  holds: 'an expense',
  idExample: 'psa-expense-19000001',
  erpIdExample: '90004',
}) {
  @ApiProperty({ description: 'Date the expense was incurred.', example: '2026-11-02' })
  @IsCalendarDate()
  date: string;

  @MoneyProperty('The expense.')
  amount: MoneyDto;

  @ApiProperty({ description: 'Whether the expense is billed.', example: true })
  @IsBoolean()
  billable: boolean;

  @ApiPropertyOptional({ description: 'Memo.', example: 'Train to client site' })
  @IsOptional()
  @IsString()
  memo?: string;

  @ErpPostingStatus()
  status: TimePostingStatus;
}
