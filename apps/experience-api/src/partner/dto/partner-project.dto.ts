import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

export const PARTNER_PROJECT_STATUSES = ['SETTING_UP', 'ACTIVE'] as const;

/** A project of one of the partner's customers, as the partner sees it. */
export class PartnerProjectDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'prj_5b7d40e2' })
  project: string;

  @ApiPropertyOptional({
    description: 'The deal’s name.',
    example: 'Contoso — ERP selection & roadmap',
  })
  name?: string;

  @ApiPropertyOptional({ description: 'Canonical customer id.', example: 'cus_3f1c9a2b' })
  customer?: string;

  @ApiProperty({
    description:
      'SETTING_UP: being set up in the delivery and finance systems; ACTIVE: set up, time and billing flow.',
    enum: PARTNER_PROJECT_STATUSES,
    example: 'ACTIVE',
  })
  status: (typeof PARTNER_PROJECT_STATUSES)[number];

  @ApiPropertyOptional({
    description: 'How the project bills.',
    enum: ['TIME_AND_MATERIALS', 'FIXED_FEE', 'MILESTONE', 'RETAINER'],
    example: 'TIME_AND_MATERIALS',
  })
  billingModel?: string;

  @ApiPropertyOptional({ description: 'The contract’s value.', type: MoneyDto })
  contractValue?: MoneyDto;

  @ApiPropertyOptional({ description: 'First day of the project.', example: '2026-10-01' })
  startDate?: string;

  @ApiPropertyOptional({ description: 'Last day of the project.', example: '2027-01-29' })
  endDate?: string;

  @ApiPropertyOptional({
    description: 'When it became active.',
    example: '2026-09-26T10:00:05.000Z',
  })
  activatedAt?: string;

  @ApiProperty({ description: 'When its set-up began.', example: '2026-09-26T10:00:00.000Z' })
  createdAt: string;
}
