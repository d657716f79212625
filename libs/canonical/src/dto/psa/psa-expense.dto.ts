import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { PsaWorkRecordDto } from './psa-work-record.dto';

/** An expense as the PSA holds it now; a new version is a correction of the earlier one. */
export class PsaExpenseDto extends PsaWorkRecordDto {
  @ApiProperty({ description: 'The PSA’s id of the expense.', example: '19000007' })
  @IsString()
  sourceId: string;

  @ApiPropertyOptional({ description: 'The worker’s HCM employee id.', example: 'E1003' })
  @IsOptional()
  @IsString()
  worker?: string;

  @ApiProperty({ description: 'The day the expense was incurred.', example: '2026-11-03' })
  @IsCalendarDate()
  date: string;

  @MoneyProperty('What was spent.')
  amount: MoneyDto;

  @ApiProperty({ description: 'Expense category.', example: 'Travel' })
  @IsString()
  category: string;

  @ApiPropertyOptional({ description: 'The worker’s note.', example: 'Train to the client site' })
  @IsOptional()
  @IsString()
  notes?: string;
}
