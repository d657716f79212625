import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsOptional,
  IsString,
  MaxLength,
  Matches,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { ERP_EXTERNAL_ID_PATTERN } from './erp-patterns';

/**
 * An approved expense as the gateway posts it to the ERP's project accounting (an expenseReport).
 * PUT the same posting id again to correct it (the one ERP record changes in place).
 */
export class UpsertErpExpensePostingDto {
  @ApiProperty({
    description: 'Canonical project id; the project must be in the ERP.',
    example: 'P-006NW000101',
  })
  @Matches(ERP_EXTERNAL_ID_PATTERN, { message: 'project must be a canonical id' })
  project: string;

  @ApiProperty({ description: 'Canonical worker id (HCM employee id).', example: 'E1001' })
  @Matches(ERP_EXTERNAL_ID_PATTERN, { message: 'worker must be a canonical id' })
  worker: string;

  @ApiProperty({ description: 'Date the expense was incurred.', example: '2026-11-02' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ description: 'The expense, in the project’s currency.', type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
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
