import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ExceptionCaseDto } from '@p2c/flow';
import { CrossReferenceDto } from './cross-reference.dto';
import { ONBOARDING_STATUSES, OnboardingStatusName } from './onboarding-status';
import { OnboardingStepDto } from './onboarding-step.dto';
import { OnboardingTermsDto } from './onboarding-terms.dto';

/** A deal's onboarding, with each step, the records it made and its exceptions. */
export class OnboardingDto {
  @ApiProperty({ description: 'Onboarding id.', example: '3f7c2a9e-5d41-4b8e-9a61-0c2d7e4b1f90' })
  id: string;

  @ApiProperty({ description: 'Canonical opportunity id.', example: 'opp_5b7d40e2' })
  opportunity: string;

  @ApiPropertyOptional({ description: 'CRM opportunity id.', example: '006NW000102' })
  opportunityCrmId?: string;

  @ApiPropertyOptional({ description: 'Deal name.', example: 'Fabrikam — warehouse data platform' })
  name?: string;

  @ApiPropertyOptional({ description: 'Canonical customer id.', example: 'cus_3f1c9a2b' })
  customer?: string;

  @ApiPropertyOptional({
    description:
      'The partner organisation of the customer, as the CRM named it when the deal was validated.',
    example: 'PARTNER-ALPHA',
  })
  partner?: string;

  @ApiProperty({
    description:
      'Canonical project id, derived from the opportunity (`opp_x` → `prj_x`): the same in the PSA and the ERP, on every run.',
    example: 'prj_5b7d40e2',
  })
  project: string;

  @ApiProperty({ description: 'Where it stands.', enum: ONBOARDING_STATUSES, example: 'COMPLETED' })
  status: OnboardingStatusName;

  @ApiPropertyOptional({
    description: 'The step in progress or stopped (absent once completed).',
    example: 'validate-deal',
  })
  currentStep?: string;

  @ApiProperty({
    description: 'What started it: the CRM poll, or a request.',
    enum: ['DETECTION', 'REQUEST'],
    example: 'DETECTION',
  })
  trigger: string;

  @ApiPropertyOptional({ description: 'Who requested it.', example: 'experience-api' })
  requestedBy?: string;

  @ApiPropertyOptional({
    description: 'How the customer got its ERP record.',
    enum: ['CROSS_REFERENCE', 'TAX_ID', 'NAME', 'CREATED'],
    example: 'TAX_ID',
  })
  customerMatch?: string;

  @ApiPropertyOptional({ description: 'The deal as validated.', type: OnboardingTermsDto })
  terms?: OnboardingTermsDto;

  @ApiProperty({ description: 'When it started.', example: '2026-11-20T09:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ description: 'When it last changed.', example: '2026-11-20T09:00:04.000Z' })
  updatedAt: string;

  @ApiPropertyOptional({
    description: 'When both projects were active.',
    example: '2026-11-20T09:00:04.000Z',
  })
  completedAt?: string;

  @ApiPropertyOptional({
    description: 'Setup cycle time, start to completion, in seconds.',
    example: 4.2,
  })
  cycleTimeSeconds?: number;

  @ApiProperty({ description: 'Steps in order, then change orders.', type: [OnboardingStepDto] })
  steps: OnboardingStepDto[];

  @ApiProperty({
    description: 'The deal’s, customer’s and project’s records in the vendor systems.',
    type: [CrossReferenceDto],
  })
  crossReferences: CrossReferenceDto[];

  @ApiProperty({
    description: 'Exceptions its steps raised, newest first.',
    type: [ExceptionCaseDto],
  })
  exceptions: ExceptionCaseDto[];
}
