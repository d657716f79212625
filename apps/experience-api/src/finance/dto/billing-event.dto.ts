import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';
import type { ProcessBillingApi } from '@p2c/clients';
import { BILLING_EVENT_STATUSES } from '@p2c/persistence';

/** What a billing run bills one project, and where its invoice (or credit memo) stands. */
export class BillingEventDto implements ProcessBillingApi.SchemaBillingEventDto {
  @ApiProperty({
    description: 'Billing event id; the ERP invoice’s (or credit memo’s) external id.',
    example: '5f0c1a8e-2b7d-4c39-9e61-0d4a7b3c2e15',
  })
  billingEvent: string;

  @ApiProperty({
    description: 'The run that made it.',
    example: '0b9d7a52-3c1e-4a8f-9d57-2f1c8e0a6b31',
  })
  run: string;

  @ApiProperty({ description: 'Canonical project id.', example: 'PRJ-006NW000101' })
  project: string;

  @ApiPropertyOptional({
    description: 'Canonical customer of the project.',
    example: 'CUS-001NW000001',
  })
  customer?: string;

  @ApiPropertyOptional({
    description: 'The customer’s partner organisation, when it has one.',
    example: 'PARTNER-ALPHA',
  })
  partner?: string;

  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'The run’s month, YYYY-MM.', example: '2026-11' })
  period: string;

  @ApiProperty({
    description: 'The project’s billing model.',
    enum: ['TIME_AND_MATERIALS', 'FIXED_FEE', 'MILESTONE', 'RETAINER'],
    example: 'TIME_AND_MATERIALS',
  })
  billingModel: ProcessBillingApi.SchemaBillingEventDto['billingModel'];

  @ApiProperty({
    description: 'invoice, or credit_memo when corrections of invoiced work net negative.',
    enum: ['invoice', 'credit_memo'],
    example: 'invoice',
  })
  document: ProcessBillingApi.SchemaBillingEventDto['document'];

  @ApiProperty({
    description:
      'pending_approval: above its legal entity’s threshold, it waits for finance to approve or reject it; pending: its invoice is on its way; invoiced: the ERP holds it; failed: an exception waits; rejected: its work is unbilled again.',
    enum: BILLING_EVENT_STATUSES,
    example: 'pending_approval',
  })
  status: ProcessBillingApi.SchemaBillingEventDto['status'];

  @ApiProperty({ description: 'Sources billed (posting versions, schedule lines).', example: 42 })
  items: number;

  @ApiProperty({ description: 'Net total (negative for a credit).', type: MoneyDto })
  net: MoneyDto;

  @ApiProperty({ description: 'Tax on the net total, half up to the cent.', type: MoneyDto })
  tax: MoneyDto;

  @ApiProperty({ description: 'Net plus tax.', type: MoneyDto })
  total: MoneyDto;

  @ApiPropertyOptional({ description: 'The ERP’s document number.', example: 'INV90001' })
  invoiceNumber?: string;

  @ApiPropertyOptional({ description: 'The ERP’s internal id of the document.', example: '90001' })
  invoiceErpId?: string;

  @ApiPropertyOptional({ description: 'Invoice date.', example: '2026-11-30' })
  issueDate?: string;

  @ApiPropertyOptional({
    description: 'When the ERP took the invoice.',
    example: '2026-11-30T18:00:01.000Z',
  })
  invoicedAt?: string;

  @ApiPropertyOptional({ description: 'Payment due date.', example: '2026-12-30' })
  dueDate?: string;

  @ApiProperty({
    description: 'Where the invoice stands with the customer, as the ERP says.',
    enum: ['OPEN', 'PARTIALLY_PAID', 'PAID', 'VOIDED'],
    example: 'OPEN',
  })
  paymentStatus: ProcessBillingApi.SchemaBillingEventDto['paymentStatus'];

  @ApiProperty({ description: 'Paid so far.', type: MoneyDto })
  amountPaid: MoneyDto;

  @ApiPropertyOptional({ description: 'Still to pay, as the ERP last said.', type: MoneyDto })
  amountDue?: MoneyDto;

  @ApiPropertyOptional({
    description: 'The date of the payment that settled it.',
    example: '2027-01-04',
  })
  paidOn?: string;

  @ApiPropertyOptional({
    description: 'A credit memo: the billing event whose invoiced work it corrects.',
    example: '2d3c4b5a-6f7e-4d8c-9b0a-1e2f3a4b5c6d',
  })
  creditedEvent?: string;

  @ApiPropertyOptional({ description: 'Who approved or rejected it.', example: 'ana.finance' })
  decidedBy?: string;

  @ApiPropertyOptional({
    description: 'When it was approved or rejected.',
    example: '2026-12-01T09:30:00.000Z',
  })
  decidedAt?: string;

  @ApiPropertyOptional({
    description: 'Why it was rejected.',
    example: 'Hours disputed by the client',
  })
  rejectionReason?: string;

  @ApiPropertyOptional({
    description: 'The exception case that waits, when failed.',
    example: '8a3f4c21-6d0e-4b7a-93c5-1e2f0a9b8c7d',
  })
  exception?: string;

  @ApiPropertyOptional({
    description: 'Why its last attempt failed.',
    example: 'The ERP refused the invoice: customer inactive',
  })
  lastError?: string;
}
