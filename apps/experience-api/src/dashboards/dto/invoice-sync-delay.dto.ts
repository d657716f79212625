import { ApiProperty } from '@nestjs/swagger';

/** How long a legal entity's invoices took to reach the ERP over the last 24 h. */
export class InvoiceSyncDelayDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'Invoices and credit memos confirmed in 24 h.', example: 12 })
  invoices: number;

  @ApiProperty({
    description: 'Median seconds from a billing event released to its ERP document confirmed.',
    example: 1.8,
  })
  p50Seconds: number;

  @ApiProperty({ description: 'The same, 90th percentile.', example: 4.2 })
  p90Seconds: number;
}
