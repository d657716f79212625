import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { TIME_POSTING_STATUSES, TimePostingStatus } from './time-posting.dto';

/** An expense in the ERP's project accounting (an expenseReport). */
export class ErpExpensePostingDto {
  @ApiPropertyOptional({
    description:
      'Posting id (the expenseReport’s external id); absent for an expense keyed into the ERP by hand.',
    example: 'psa-expense-19000001',
  })
  @IsOptional()
  @IsString()
  id?: string;

  @ApiProperty({ description: 'The ERP’s internal id of the expenseReport.', example: '90004' })
  @IsString()
  erpId: string;

  @ApiPropertyOptional({ description: 'Canonical project id.', example: 'P-006NW000101' })
  @IsOptional()
  @IsString()
  project?: string;

  @ApiPropertyOptional({ description: 'Canonical worker id.', example: 'E1001' })
  @IsOptional()
  @IsString()
  worker?: string;

  @ApiProperty({ description: 'Date the expense was incurred.', example: '2026-11-02' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ description: 'The expense.', type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  amount: MoneyDto;

  @ApiProperty({ description: 'Whether the expense is billed.', example: true })
  @IsBoolean()
  billable: boolean;

  @ApiPropertyOptional({ description: 'Memo.', example: 'Train to client site' })
  @IsOptional()
  @IsString()
  memo?: string;

  @ApiProperty({
    description:
      'POSTED counts in project accounting; REVERSED (the ERP’s "Rejected") no longer does.',
    enum: TIME_POSTING_STATUSES,
    example: 'POSTED',
  })
  @IsIn(TIME_POSTING_STATUSES)
  status: TimePostingStatus;
}
