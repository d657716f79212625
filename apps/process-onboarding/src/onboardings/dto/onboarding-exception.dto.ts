import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** An exception a step of the onboarding raised, as the workbench shows it. */
export class OnboardingExceptionDto {
  @ApiProperty({ description: 'Exception id.', example: '8d0c6f0e-1f7a-4c55-9a4e-6c3b2a1d9e77' })
  id: string;

  @ApiProperty({ description: 'The step that raised it.', example: 'validate-deal' })
  step: string;

  @ApiProperty({ description: 'Reason code.', example: 'INVALID_DIMENSION' })
  reasonCode: string;

  @ApiProperty({
    description: 'What is wrong and what to do.',
    example:
      'Deal 006NW000106 (Litware — analytics modernisation) cannot be set up: Cost centre DE-DATA is not a department in the ERP; add it for legal entity NWA-DE. Fix this, then retry the onboarding.',
  })
  message: string;

  @ApiProperty({
    description: 'Who acts on it.',
    enum: ['finance-ops', 'integration-support', 'platform'],
    example: 'finance-ops',
  })
  ownerGroup: string;

  @ApiProperty({
    description: 'Where it stands.',
    enum: ['open', 'assigned', 'retrying', 'resolved', 'dismissed'],
    example: 'open',
  })
  status: string;

  @ApiPropertyOptional({
    description: 'Correlation id of the run that raised it (in the logs of every tier).',
    example: '2b1f0c9e-7d3a-4e5b-9c8d-1a2b3c4d5e6f',
  })
  correlationId?: string;

  @ApiProperty({ description: 'Times the step failed while it was unresolved.', example: 1 })
  attempts: number;

  @ApiProperty({ description: 'When it is due.', example: '2026-11-21T09:00:00.000Z' })
  slaDueAt: string;

  @ApiProperty({ description: 'When it was raised.', example: '2026-11-20T09:00:00.000Z' })
  createdAt: string;

  @ApiPropertyOptional({
    description: 'When it was resolved.',
    example: '2026-11-20T11:30:00.000Z',
  })
  resolvedAt?: string;

  @ApiPropertyOptional({
    description: 'How it was resolved.',
    example: 'Succeeded when retried: Deal 006NW000106 checked: …',
  })
  resolution?: string;
}
