import { ApiProperty } from '@nestjs/swagger';
import { ForecastAmountsDto } from '@p2c/apps/experience-api/src/forecasts/dto/forecast-amounts.dto';

/** A project's newest forecast on the delivery dashboard: where it is heading. */
export class ProjectForecastSummaryDto {
  @ApiProperty({ description: 'The forecast’s version.', example: 3 })
  version: number;

  @ApiProperty({ description: 'The world’s date it was computed for.', example: '2026-11-20' })
  asOf: string;

  @ApiProperty({
    description:
      'The plan on the weekdays after the world’s date: hours, revenue, cost, margin and margin %.',
    type: ForecastAmountsDto,
  })
  planned: ForecastAmountsDto;

  @ApiProperty({
    description: 'Posted actuals plus the plan: hours, revenue, cost, margin and margin %.',
    type: ForecastAmountsDto,
  })
  total: ForecastAmountsDto;

  @ApiProperty({
    description: 'Whether the projected margin is below the margin-at-risk threshold.',
    example: false,
  })
  marginAtRisk: boolean;
}
