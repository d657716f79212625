import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** What one payment sync pass did. */
export class PaymentSyncDto {
  @ApiPropertyOptional({ description: 'The legal entity synced; every one when absent.' })
  legalEntity?: string;

  @ApiProperty({ description: 'Open invoices read from the ERP.', example: 12 })
  checked: number;

  @ApiProperty({
    description:
      'Invoices whose status, payments, amount due or due date changed: recorded on their billing event and written back to the PSA.',
    example: 2,
  })
  changed: number;

  @ApiProperty({
    description: 'Payments seen for the first time, each published once as PaymentReceived.',
    example: 2,
  })
  payments: number;

  @ApiProperty({
    description: 'Open invoices the ERP could not answer for just now; the next pass reads them.',
    example: 0,
  })
  failed: number;

  @ApiProperty({
    description: 'PSA write-backs that had fallen behind, queued again.',
    example: 0,
  })
  writeBacksQueued: number;
}
