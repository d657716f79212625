import { ApiProperty } from '@nestjs/swagger';

/** The answer to a retry: the posting is queued again and the exception waits for its outcome. */
export class RetryAcceptedDto {
  @ApiProperty({
    description: 'The exception retried.',
    example: '0b6f3c52-9a55-4d1e-9c1e-3d5a1f0e2b7a',
  })
  exception: string;

  @ApiProperty({ description: 'The posting queued again.', example: 'psa-time-31000017' })
  posting: string;

  @ApiProperty({
    description: 'Resolved once the ERP is in line; back to open if it fails again.',
    enum: ['retrying'],
    example: 'retrying',
  })
  status: 'retrying';
}
