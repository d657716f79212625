import { ApiProperty } from '@nestjs/swagger';

/** How long a legal entity's posted work waited to be invoiced. */
export class ReadinessLagDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'Over the invoices of this many days up to now.', example: 30 })
  windowDays: number;

  @ApiProperty({ description: 'Billed postings measured.', example: 240 })
  postings: number;

  @ApiProperty({
    description: 'Median seconds from the ERP taking a posting to its invoice confirmed.',
    example: 1_209_600,
  })
  p50Seconds: number;

  @ApiProperty({ description: 'The same, 90th percentile.', example: 2_332_800 })
  p90Seconds: number;
}
