import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/** The deal as validated (and as change orders brought it since). */
export class OnboardingTermsDto {
  @ApiProperty({ description: 'Contract value.', type: MoneyDto })
  amount: MoneyDto;

  @ApiProperty({ description: 'Billing model (the ERP class).', example: 'MILESTONE' })
  billingModel: string;

  @ApiProperty({ description: 'Legal entity (ERP subsidiary).', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'Cost centre (ERP department).', example: 'US-TECH' })
  costCenter: string;

  @ApiProperty({ description: 'PSA rate card.', example: 'RC-STD-USD' })
  rateCard: string;

  @ApiProperty({ description: 'First day of work.', example: '2026-10-13' })
  startDate: string;

  @ApiProperty({ description: 'Last day of work.', example: '2027-03-31' })
  endDate: string;

  @ApiProperty({ description: 'Milestones.', example: 3 })
  milestones: number;

  @ApiProperty({ description: 'Planned assignments.', example: 4 })
  assignments: number;
}
