import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsOptional, IsString } from 'class-validator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { PsaInvoiceStandingDto } from './psa-invoice-standing.dto';

/** An invoice as recorded in the PSA. */
export class PsaInvoiceDto extends PsaInvoiceStandingDto('PAID') {
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

  @MoneyProperty('Net amount.', { optional: true })
  net?: MoneyDto;

  @MoneyProperty('Tax.', { optional: true })
  tax?: MoneyDto;

  @MoneyProperty('Paid so far.', { optional: true })
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
