import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import type { InvoiceStatus } from '@p2c/canonical';
import { InvoiceDueDate } from '../invoice-due-date.decorator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { OptionalLegalEntityCode } from './optional-legal-entity-code.decorator';

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

  @OptionalLegalEntityCode()
  legalEntity?: string;

  @ApiProperty({ description: 'Invoice date.', example: '2026-11-30' })
  @IsCalendarDate()
  issueDate: string;

  @InvoiceDueDate()
  dueDate?: string;

  @ApiPropertyOptional({
    description: 'Accounting period (YYYY-MM) it was posted in.',
    example: '2026-11',
  })
  @IsOptional()
  @IsString()
  period?: string;

  @MoneyProperty('Sum of the lines.')
  net: MoneyDto;

  @MoneyProperty('Tax at the legal entity’s rate.')
  tax: MoneyDto;

  @MoneyProperty('Net plus tax.')
  total: MoneyDto;

  @MoneyProperty('Paid so far.')
  amountPaid: MoneyDto;

  @MoneyProperty('Still to pay.')
  amountDue: MoneyDto;

  @ApiProperty({
    description: 'Payment status.',
    enum: ERP_INVOICE_STATUSES,
    example: 'PARTIALLY_PAID',
  })
  @IsIn(ERP_INVOICE_STATUSES)
  status: InvoiceStatus;
}
