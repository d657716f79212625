import { ApiProperty } from '@nestjs/swagger';
import { OpenExceptionsDto } from '@p2c/flow';

/** The forecast's figures: how many projects it follows, how many at risk, its open cases. */
export class ForecastKpisDto {
  @ApiProperty({ description: 'Projects with a forecast.', example: 6 })
  projects: number;

  @ApiProperty({
    description: 'Of those, projected below the margin-at-risk threshold.',
    example: 1,
  })
  marginAtRisk: number;

  @ApiProperty({ description: 'The margin-at-risk threshold, percent.', example: '20' })
  marginAtRiskThresholdPct: string;

  @ApiProperty({
    description: 'The world’s date the forecasts are computed for.',
    example: '2026-11-20',
  })
  asOf: string;

  @ApiProperty({ description: 'Unresolved exception cases by reason.', type: [OpenExceptionsDto] })
  openExceptions: OpenExceptionsDto[];
}
