import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';
import type { ProcessForecastApi } from '@p2c/clients';
import { ForecastAmountsDto } from './forecast-amounts.dto';
import { ForecastMonthDto } from './forecast-month.dto';
import { ForecastPlanLineDto } from './forecast-plan-line.dto';
import { ForecastVersionSummaryDto } from './forecast-version-summary.dto';

/** A project's forecast, as one version holds it. */
export class ProjectForecastDto
  extends ForecastVersionSummaryDto
  implements ProcessForecastApi.SchemaProjectForecastDto
{
  @ApiProperty({ description: 'Canonical project id.', example: 'PRJ-006NW000101' })
  project: string;

  @ApiProperty({ description: 'The CRM opportunity it delivers.', example: '006NW000101' })
  opportunity: string;

  @ApiProperty({ description: 'Legal entity that delivers it.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'Cost centre.', type: String, nullable: true, example: 'US-STRAT' })
  costCenter: string | null;

  @ApiProperty({ description: 'ISO 4217 project currency.', example: 'USD' })
  currency: string;

  @ApiProperty({
    description: 'How the work is billed: bill rates, or the schedule’s amounts.',
    enum: ['TIME_AND_MATERIALS', 'FIXED_FEE', 'MILESTONE', 'RETAINER'],
    example: 'TIME_AND_MATERIALS',
  })
  billingModel: ProcessForecastApi.SchemaProjectForecastDto['billingModel'];

  @ApiProperty({
    description: 'Rate card code.',
    type: String,
    nullable: true,
    example: 'RC-STD-USD',
  })
  rateCard: string | null;

  @ApiProperty({
    description: 'The contract amount, from the deal.',
    type: MoneyDto,
    nullable: true,
  })
  contracted: MoneyDto | null;

  @ApiProperty({
    description: 'Hours sold, from the deal.',
    type: Number,
    nullable: true,
    example: 2100,
  })
  budgetHours: number | null;

  @ApiProperty({
    description: 'Posted time up to the world’s date (and schedule amounts due by then).',
    type: ForecastAmountsDto,
  })
  actual: ForecastAmountsDto;

  @ApiProperty({ description: 'Planned hours of roles held open.', example: '0.00' })
  unstaffedHours: string;

  @ApiProperty({
    description: 'Planned hours on days without a bill rate or cost rate.',
    example: '0.00',
  })
  unpricedHours: string;

  @ApiProperty({
    description: 'Whether the projected margin is below the margin-at-risk threshold.',
    example: false,
  })
  marginAtRisk: boolean;

  @ApiProperty({ description: 'Per month, in order.', type: [ForecastMonthDto] })
  months: ForecastMonthDto[];

  @ApiProperty({ description: 'The plan it was computed from.', type: [ForecastPlanLineDto] })
  plan: ForecastPlanLineDto[];
}
