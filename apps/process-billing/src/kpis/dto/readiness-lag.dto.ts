import { ApiProperty } from '@nestjs/swagger';

/** How long a legal entity's posted work waited to be invoiced. */
export class ReadinessLagDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({
    description: 'The window: invoices confirmed in this many days up to now.',
    example: 30,
  })
  windowDays: number;

  @ApiProperty({
    description: 'Billed postings in the window: items of the invoices confirmed in it.',
    example: 240,
  })
  postings: number;

  @ApiProperty({
    description:
      'Median seconds from the ERP taking a posting to the ERP confirming the invoice that bills it.',
    example: 1_209_600,
  })
  p50Seconds: number;

  @ApiProperty({ description: 'The same lag, 90th percentile.', example: 2_332_800 })
  p90Seconds: number;
}
