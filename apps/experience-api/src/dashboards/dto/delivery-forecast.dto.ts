import { ApiProperty } from '@nestjs/swagger';
import { BenchSummaryDto } from './bench-summary.dto';
import { WeekUtilisationDto } from './week-utilisation.dto';

/** process-forecast's view of the world's week: margins at risk, utilisation and the bench. */
export class DeliveryForecastDto {
  @ApiProperty({
    description: 'The world’s date the forecasts are computed for.',
    example: '2026-11-20',
  })
  asOf: string;

  @ApiProperty({ description: 'The ISO week it falls in.', example: '2026-W47' })
  week: string;

  @ApiProperty({ description: 'The week’s Monday.', example: '2026-11-16' })
  from: string;

  @ApiProperty({ description: 'The week’s Sunday.', example: '2026-11-22' })
  to: string;

  @ApiProperty({ description: 'Projects with a forecast.', example: 6 })
  projects: number;

  @ApiProperty({ description: 'Of those, projected below the threshold.', example: 1 })
  marginAtRisk: number;

  @ApiProperty({ description: 'The margin-at-risk threshold, percent.', example: '20' })
  marginAtRiskThresholdPct: string;

  @ApiProperty({ type: WeekUtilisationDto })
  utilisation: WeekUtilisationDto;

  @ApiProperty({ type: BenchSummaryDto })
  bench: BenchSummaryDto;
}
