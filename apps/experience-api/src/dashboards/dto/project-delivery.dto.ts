import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';
import { ProjectForecastSummaryDto } from './project-forecast-summary.dto';

/**
 * One project's posted hours and cost against its budget (the deal as onboarding validated it),
 * and its margin: actual (posted) against contracted (planned), beside its forecast.
 */
export class ProjectDeliveryDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'prj_5b7d40e2' })
  project: string;

  @ApiPropertyOptional({ description: 'CRM opportunity id.', example: '006NW000101' })
  opportunityCrmId?: string;

  @ApiPropertyOptional({ description: 'Deal name.', example: 'Fabrikam — warehouse data platform' })
  name?: string;

  @ApiPropertyOptional({ description: 'Legal entity.', example: 'NWA-US' })
  legalEntity?: string;

  @ApiPropertyOptional({ description: 'Billing model.', example: 'TIME_AND_MATERIALS' })
  billingModel?: string;

  @ApiPropertyOptional({ description: 'Contract amount (the budget).', type: MoneyDto })
  contractAmount?: MoneyDto;

  @ApiPropertyOptional({
    description: 'Planned hours: hoursPerWeek ÷ 5 on each weekday of each planned assignment.',
    example: '1040.00',
  })
  plannedHours?: string;

  @ApiProperty({ description: 'Posted hours to date.', example: '712.50' })
  postedHours: string;

  @ApiPropertyOptional({ description: 'postedHours ÷ plannedHours, 4 places.', example: '0.6851' })
  hoursUsed?: string;

  @ApiProperty({ description: 'Planned cost per currency.', type: [MoneyDto] })
  plannedCost: MoneyDto[];

  @ApiProperty({ description: 'Posted cost (time and expenses) per currency.', type: [MoneyDto] })
  postedCost: MoneyDto[];

  @ApiPropertyOptional({
    description: 'posted cost ÷ planned cost, 4 places, when both are in one currency.',
    example: '0.7012',
  })
  costUsed?: string;

  @ApiProperty({ description: 'Posted billable amount per currency.', type: [MoneyDto] })
  billableAmount: MoneyDto[];

  @ApiPropertyOptional({
    description:
      'Actual margin: (posted billable − posted cost) ÷ posted billable, 4 places; absent with nothing billable or several currencies.',
    example: '0.3125',
  })
  actualMargin?: string;

  @ApiPropertyOptional({
    description:
      'Contracted margin: (contract amount − planned cost) ÷ contract amount, 4 places; absent when some planned hours have no cost rate or the cost is in another currency.',
    example: '0.4210',
  })
  contractedMargin?: string;

  @ApiPropertyOptional({
    description:
      'Its newest forecast (process-forecast): planned and total hours, revenue, cost, margin and margin %, and whether its margin is at risk; absent for a project the forecast does not follow.',
    type: ProjectForecastSummaryDto,
  })
  forecast?: ProjectForecastSummaryDto;
}
