import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The answer to a retry: the invoice or the run is on its way again, the case waits for it. */
export class BillingRetryAcceptedDto {
  @ApiProperty({
    description: 'The exception retried.',
    example: '0b6f3c52-9a55-4d1e-9c1e-3d5a1f0e2b7a',
  })
  exception: string;

  @ApiProperty({
    description: 'The billing run moved on again.',
    example: '0b9d7a52-3c1e-4a8f-9d57-2f1c8e0a6b31',
  })
  run: string;

  @ApiPropertyOptional({
    description: 'The billing event whose invoice is queued again (a case on an invoice).',
    example: '5d0e7c1a-2b3f-4c5d-8e9f-0a1b2c3d4e5f',
  })
  billingEvent?: string;

  @ApiProperty({
    description:
      'Resolved once the invoice is raised (or the run is done); back to open if it fails again.',
    enum: ['retrying'],
    example: 'retrying',
  })
  status: 'retrying';
}
