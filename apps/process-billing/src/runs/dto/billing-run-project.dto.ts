import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

export const BILLING_EVENT_STATUSES = ['pending', 'invoiced', 'failed'] as const;

/** What a run bills one project, and where its invoice stands. */
export class BillingRunProjectDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'PRJ-006NW000101' })
  project: string;

  @ApiProperty({
    description: 'The billing event: the ERP invoice’s external id.',
    example: '5f0c1a8e-2b7d-4c39-9e61-0d4a7b3c2e15',
  })
  billingEvent: string;

  @ApiProperty({ description: 'Billing model.', example: 'TIME_AND_MATERIALS' })
  billingModel: string;

  @ApiProperty({
    description:
      'pending: the invoice is on its way; invoiced: the ERP holds it; failed: an exception waits.',
    enum: BILLING_EVENT_STATUSES,
    example: 'invoiced',
  })
  status: string;

  @ApiProperty({ description: 'Source postings billed (time entries and expenses).', example: 42 })
  items: number;

  @ApiProperty({ description: 'Net total: the sum of the lines.', type: MoneyDto })
  net: MoneyDto;

  @ApiProperty({
    description: 'Tax on the net total at the legal entity’s rate, half up to the cent.',
    type: MoneyDto,
  })
  tax: MoneyDto;

  @ApiProperty({ description: 'Net plus tax.', type: MoneyDto })
  total: MoneyDto;

  @ApiPropertyOptional({ description: 'The ERP’s invoice number.', example: 'INV90001' })
  invoiceNumber?: string;

  @ApiPropertyOptional({ description: 'The ERP’s internal id of the invoice.', example: '90001' })
  invoiceErpId?: string;

  @ApiPropertyOptional({ description: 'Invoice date.', example: '2026-11-30' })
  issueDate?: string;

  @ApiPropertyOptional({
    description: 'The exception case that waits, when failed.',
    example: '8a3f4c21-6d0e-4b7a-93c5-1e2f0a9b8c7d',
  })
  exception?: string;

  @ApiPropertyOptional({ description: 'Why the last attempt failed.' })
  lastError?: string;
}
