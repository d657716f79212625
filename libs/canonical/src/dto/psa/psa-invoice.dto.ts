import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import type { InvoiceStatus } from '@p2c/canonical';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { PSA_INVOICE_STATUSES } from './psa-invoice-status';

/** An invoice as recorded in the PSA. */
export class PsaInvoiceDto {
  @ApiProperty({ description: 'Canonical invoice id.', example: 'INV-7f3c' })
  @IsString()
  id: string;

  @ApiProperty({ description: 'Canonical project id.', example: 'PRJ-006NW000101' })
  @IsString()
  project: string;

  @ApiPropertyOptional({ description: 'Invoice number.', example: 'INV-2026-0042' })
  @IsOptional()
  @IsString()
  number?: string;

  @ApiProperty({ description: 'Invoice status.', enum: PSA_INVOICE_STATUSES, example: 'PAID' })
  @IsIn(PSA_INVOICE_STATUSES)
  status: InvoiceStatus;

  @ApiPropertyOptional({ description: 'Issue date.', example: '2026-11-30' })
  @IsOptional()
  @IsCalendarDate()
  issueDate?: string;

  @ApiPropertyOptional({ description: 'Due date.', example: '2026-12-30' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string;

  @ApiPropertyOptional({ description: 'Net amount.', type: MoneyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  net?: MoneyDto;

  @ApiPropertyOptional({ description: 'Tax.', type: MoneyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  tax?: MoneyDto;

  @ApiPropertyOptional({ description: 'Paid so far.', type: MoneyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  amountPaid?: MoneyDto;

  @ApiProperty({ description: 'PSA ids of the time entries it bills.', type: [String] })
  @IsArray()
  @IsString({ each: true })
  timeEntries: string[];

  @ApiProperty({ description: 'PSA ids of the expenses it bills.', type: [String] })
  @IsArray()
  @IsString({ each: true })
  expenses: string[];
}
