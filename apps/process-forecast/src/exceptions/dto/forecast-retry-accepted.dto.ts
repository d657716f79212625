import { ApiProperty } from '@nestjs/swagger';

/** The answer to a retry: the project's forecast is being recomputed, the case waits for it. */
export class ForecastRetryAcceptedDto {
  @ApiProperty({
    description: 'The exception retried.',
    example: '0b6f3c52-9a55-4d1e-9c1e-3d5a1f0e2b7a',
  })
  exception: string;

  @ApiProperty({ description: 'The project recomputed.', example: 'PRJ-006NW000101' })
  project: string;

  @ApiProperty({
    description:
      'Resolved once the recomputation finds the cause gone (the margin back above the threshold, every day priced); back to open if not.',
    enum: ['retrying'],
    example: 'retrying',
  })
  status: 'retrying';
}
