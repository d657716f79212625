import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** An onboarding stopped by an exception, and why. */
export class BlockedOnboardingDto {
  @ApiProperty({ description: 'Onboarding id.', example: '3f7c2a9e-5d41-4b8e-9a61-0c2d7e4b1f90' })
  id: string;

  @ApiProperty({ description: 'Canonical project id.', example: 'prj_5b7d40e2' })
  project: string;

  @ApiPropertyOptional({ description: 'CRM opportunity id.', example: '006NW000104' })
  opportunityCrmId?: string;

  @ApiPropertyOptional({ description: 'Deal name.', example: 'Contoso — data migration' })
  name?: string;

  @ApiPropertyOptional({
    description: 'Reason code of its newest unresolved exception.',
    example: 'INVALID_DIMENSION',
  })
  reasonCode?: string;

  @ApiPropertyOptional({
    description: 'What to do, as the exception says.',
    example: 'Cost centre DE-DATA does not exist in the ERP; add it there or correct the deal.',
  })
  message?: string;

  @ApiPropertyOptional({ description: 'The step that raised it.', example: 'validate-deal' })
  step?: string;

  @ApiProperty({
    description: 'Since when it is blocked (its exception raised, or its last change).',
    example: '2026-11-20T09:00:04.000Z',
  })
  since: string;
}
