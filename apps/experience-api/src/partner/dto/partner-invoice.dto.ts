import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/** An invoice (or credit memo) to one of the partner's customers, and where its payment stands. */
export class PartnerInvoiceDto {
  @ApiProperty({
    description: 'Invoice id (the gateway’s, the same in every system).',
    example: '5f0c1a8e-2b7d-4c39-9e61-0d4a7b3c2e15',
  })
  invoice: string;

  @ApiPropertyOptional({ description: 'The invoice number.', example: 'INV90001' })
  number?: string;

  @ApiProperty({
    description: 'invoice or credit_memo.',
    enum: ['invoice', 'credit_memo'],
    example: 'invoice',
  })
  document: string;

  @ApiProperty({ description: 'Canonical project id.', example: 'prj_5b7d40e2' })
  project: string;

  @ApiPropertyOptional({ description: 'Canonical customer id.', example: 'cus_3f1c9a2b' })
  customer?: string;

  @ApiProperty({ description: 'The period it bills (YYYY-MM).', example: '2026-11' })
  period: string;

  @ApiPropertyOptional({ description: 'Invoice date.', example: '2026-11-30' })
  issueDate?: string;

  @ApiPropertyOptional({ description: 'Payment due date.', example: '2026-12-30' })
  dueDate?: string;

  @ApiProperty({ description: 'Net total.', type: MoneyDto })
  net: MoneyDto;

  @ApiProperty({ description: 'Tax.', type: MoneyDto })
  tax: MoneyDto;

  @ApiProperty({ description: 'Net plus tax.', type: MoneyDto })
  total: MoneyDto;

  @ApiProperty({
    description: 'Where its payment stands.',
    enum: ['OPEN', 'PARTIALLY_PAID', 'PAID', 'VOIDED'],
    example: 'OPEN',
  })
  paymentStatus: string;

  @ApiProperty({ description: 'Paid so far.', type: MoneyDto })
  amountPaid: MoneyDto;

  @ApiPropertyOptional({ description: 'Still to pay.', type: MoneyDto })
  amountDue?: MoneyDto;

  @ApiPropertyOptional({
    description: 'The date of the payment that settled it.',
    example: '2027-01-04',
  })
  paidOn?: string;
}
