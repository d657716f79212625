import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import type { InvoiceStatus } from '@p2c/canonical';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';

export const ERP_INVOICE_STATUSES: readonly InvoiceStatus[] = [
  'OPEN',
  'PARTIALLY_PAID',
  'PAID',
  'VOIDED',
];

/** An invoice as the ERP holds it, with what has been paid. */
export class ErpInvoiceDto {
  @ApiProperty({
    description: 'Canonical invoice id (the billing event id; the invoice’s external id).',
    example: 'BE-2026-11-0001',
  })
  @IsString()
  id: string;

  @ApiProperty({ description: 'The ERP’s internal id.', example: '90001' })
  @IsString()
  erpId: string;

  @ApiProperty({ description: 'Invoice number the ERP gave it.', example: 'INV90001' })
  @IsString()
  number: string;

  @ApiPropertyOptional({ description: 'Canonical project id.', example: 'P-006NW000101' })
  @IsOptional()
  @IsString()
  project?: string;

  @ApiPropertyOptional({ description: 'Canonical customer id.', example: 'C-001NW000001' })
  @IsOptional()
  @IsString()
  customer?: string;

  @ApiPropertyOptional({ description: 'Legal entity code.', example: 'NWA-US' })
  @IsOptional()
  @IsString()
  legalEntity?: string;

  @ApiProperty({ description: 'Invoice date.', example: '2026-11-30' })
  @IsCalendarDate()
  issueDate: string;

  @ApiPropertyOptional({ description: 'Due date.', example: '2026-12-30' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string;

  @ApiPropertyOptional({
    description: 'Accounting period (YYYY-MM) it was posted in.',
    example: '2026-11',
  })
  @IsOptional()
  @IsString()
  period?: string;

  @ApiProperty({ description: 'Sum of the lines.', type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  net: MoneyDto;

  @ApiProperty({ description: 'Tax at the legal entity’s rate.', type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  tax: MoneyDto;

  @ApiProperty({ description: 'Net plus tax.', type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  total: MoneyDto;

  @ApiProperty({ description: 'Paid so far.', type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  amountPaid: MoneyDto;

  @ApiProperty({ description: 'Still to pay.', type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  amountDue: MoneyDto;

  @ApiProperty({
    description: 'Payment status.',
    enum: ERP_INVOICE_STATUSES,
    example: 'PARTIALLY_PAID',
  })
  @IsIn(ERP_INVOICE_STATUSES)
  status: InvoiceStatus;
}
