import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const STEP_STATUSES = [
  'WAITING',
  'QUEUED',
  'RUNNING',
  'RETRYING',
  'SUCCEEDED',
  'FAILED',
] as const;

/** One step of an onboarding, or one change order applied to its projects. */
export class OnboardingStepDto {
  @ApiProperty({
    description: 'The step.',
    enum: [
      'validate-deal',
      'resolve-customer',
      'create-psa-project',
      'create-erp-project',
      'activate-projects',
      'apply-change-order',
    ],
    example: 'create-psa-project',
  })
  name: string;

  @ApiPropertyOptional({
    description: 'The change order it applies (apply-change-order only).',
    example: 'chg_91aa03d7',
  })
  changeOrder?: string;

  @ApiProperty({ description: 'Where it stands.', enum: STEP_STATUSES, example: 'SUCCEEDED' })
  status: (typeof STEP_STATUSES)[number];

  @ApiProperty({ description: 'Runs started, retries included.', example: 1 })
  attempts: number;

  @ApiPropertyOptional({
    description: 'When its last run started.',
    example: '2026-11-20T09:00:01.000Z',
  })
  startedAt?: string;

  @ApiPropertyOptional({
    description: 'When its last run ended.',
    example: '2026-11-20T09:00:02.250Z',
  })
  finishedAt?: string;

  @ApiPropertyOptional({
    description: 'How long its last run took, in milliseconds.',
    example: 1250,
  })
  durationMs?: number;

  @ApiPropertyOptional({
    description: 'When it is tried again (RETRYING).',
    example: '2026-11-20T09:00:10.000Z',
  })
  nextAttemptAt?: string;

  @ApiPropertyOptional({
    description: 'Why its last run failed.',
    example: 'system-erp answered 503 VENDOR_UNAVAILABLE: The ERP did not answer.',
  })
  lastError?: string;

  @ApiPropertyOptional({
    description: 'What it did.',
    example: 'Adopted ERP customer 1025 "FABRIKAM LOGISTICS, INC.", matched by tax id.',
  })
  outcome?: string;
}
