import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';
import { BILLING_EVENT_STATUSES } from '@p2c/persistence';

/** What a run bills one project, and where its invoice (or credit memo) stands. */
export class BillingEventDto {
  @ApiProperty({
    description: 'The billing event’s id: the ERP invoice’s (or credit memo’s) external id.',
    example: '5f0c1a8e-2b7d-4c39-9e61-0d4a7b3c2e15',
  })
  billingEvent: string;

  @ApiProperty({
    description: 'The run that made it.',
    example: '0b6f7f0e-3c51-4d8a-a2f4-1f4c0f8e9a21',
  })
  run: string;

  @ApiProperty({ description: 'Canonical project id.', example: 'PRJ-006NW000101' })
  project: string;

  @ApiPropertyOptional({
    description:
      'Canonical customer of the project (absent for projects activated before it was carried).',
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

  @ApiProperty({ description: 'The run’s period (YYYY-MM).', example: '2026-11' })
  period: string;

  @ApiProperty({
    description: 'Billing model.',
    enum: ['TIME_AND_MATERIALS', 'FIXED_FEE', 'MILESTONE', 'RETAINER'],
    example: 'TIME_AND_MATERIALS',
  })
  billingModel: string;

  @ApiProperty({
    description:
      'invoice, or credit_memo when the event nets negative (work invoiced before and corrected or reversed since).',
    enum: ['invoice', 'credit_memo'],
    example: 'invoice',
  })
  document: string;

  @ApiProperty({
    description:
      'pending_approval: above its legal entity’s threshold, it waits for finance; pending: the invoice is on its way; invoiced: the ERP holds it; failed: an exception waits; rejected: finance rejected it and its items are unbilled again.',
    enum: BILLING_EVENT_STATUSES,
    example: 'invoiced',
  })
  status: string;

  @ApiProperty({
    description:
      'Sources billed: posting versions (time entries and expenses, or corrections) and fee, retainer or milestone lines.',
    example: 42,
  })
  items: number;

  @ApiProperty({
    description: 'Net total: the sum of the lines (negative for a credit).',
    type: MoneyDto,
  })
  net: MoneyDto;

  @ApiProperty({
    description: 'Tax on the net total at the legal entity’s rate, half up to the cent.',
    type: MoneyDto,
  })
  tax: MoneyDto;

  @ApiProperty({ description: 'Net plus tax.', type: MoneyDto })
  total: MoneyDto;

  @ApiPropertyOptional({
    description: 'The ERP’s number of the invoice or credit memo.',
    example: 'INV90001',
  })
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
  paymentStatus: string;

  @ApiProperty({ description: 'Paid so far.', type: MoneyDto })
  amountPaid: MoneyDto;

  @ApiPropertyOptional({
    description: 'Still to pay, as the ERP last said (absent until the payment sync read it).',
    type: MoneyDto,
  })
  amountDue?: MoneyDto;

  @ApiPropertyOptional({
    description: 'The date of the payment that settled it.',
    example: '2027-01-04',
  })
  paidOn?: string;

  @ApiPropertyOptional({
    description: 'A credit memo: the billing event (invoice) whose work it corrects.',
    example: '2d3c4b5a-6f7e-4d8c-9b0a-1e2f3a4b5c6d',
  })
  creditedEvent?: string;

  @ApiPropertyOptional({
    description: 'Who approved or rejected it.',
    example: 'finance-analyst',
  })
  decidedBy?: string;

  @ApiPropertyOptional({ description: 'When it was approved or rejected.' })
  decidedAt?: string;

  @ApiPropertyOptional({
    description: 'Why finance rejected it.',
    example: 'Hours disputed by the client',
  })
  rejectionReason?: string;

  @ApiPropertyOptional({
    description: 'The exception case that waits, when failed.',
    example: '8a3f4c21-6d0e-4b7a-93c5-1e2f0a9b8c7d',
  })
  exception?: string;

  @ApiPropertyOptional({ description: 'Why the last attempt failed.' })
  lastError?: string;
}
