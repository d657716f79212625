import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/** A project's budget from its deal as onboarding validated it (and change orders brought it). */
export class ProjectBudgetDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'prj_5b7d40e2' })
  project: string;

  @ApiPropertyOptional({ description: 'CRM opportunity id.', example: '006NW000101' })
  opportunityCrmId?: string;

  @ApiProperty({ description: 'Deal name.', example: 'Fabrikam — warehouse data platform' })
  name: string;

  @ApiProperty({ description: 'Legal entity (ERP subsidiary).', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'Billing model.', example: 'TIME_AND_MATERIALS' })
  billingModel: string;

  @ApiProperty({ description: 'Contract amount.', type: MoneyDto })
  contractAmount: MoneyDto;

  @ApiProperty({
    description:
      'Planned hours: every planned assignment (open roles included) at hoursPerWeek ÷ 5 on each weekday from its start to its end date.',
    example: '1040.00',
  })
  plannedHours: string;

  @ApiProperty({
    description:
      'Planned hours with no cost: an open role, or a day without a cost rate in the HCM for the planned worker.',
    example: '0.00',
  })
  unpricedHours: string;

  @ApiProperty({
    description:
      'Planned cost per currency: each planned day at the worker’s cost rate effective that day (hours × rate, half away from zero to the cent, per day).',
    type: [MoneyDto],
  })
  plannedCost: MoneyDto[];

  @ApiPropertyOptional({
    description:
      'Contracted margin: (contract amount − planned cost) ÷ contract amount, 4 places; absent when some planned hours are unpriced, the cost is in another currency or the contract amount is zero.',
    example: '0.4210',
  })
  contractedMargin?: string;
}
