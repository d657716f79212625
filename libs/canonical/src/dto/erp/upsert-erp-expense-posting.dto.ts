import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { UpsertErpPostingDto } from './upsert-erp-posting.dto';

/**
 * An approved expense as the gateway posts it to the ERP's project accounting (an expenseReport).
 * PUT the same posting id again to correct it (the one ERP record changes in place).
 */
export class UpsertErpExpensePostingDto extends UpsertErpPostingDto {
  @ApiProperty({ description: 'Date the expense was incurred.', example: '2026-11-02' })
  @IsCalendarDate()
  date: string;

  @MoneyProperty('The expense, in the project’s currency.')
  amount: MoneyDto;

  @ApiProperty({ description: 'Whether the expense is billed to the customer.', example: true })
  @IsBoolean()
  billable: boolean;

  @ApiPropertyOptional({
    description: 'Memo the ERP shows with the expense.',
    example: 'Train to client site',
    maxLength: 999,
  })
  @IsOptional()
  @IsString()
  @MaxLength(999)
  memo?: string;
}
