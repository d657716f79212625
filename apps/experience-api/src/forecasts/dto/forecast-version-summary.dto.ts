import { ApiProperty } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';
import { ForecastAmountsDto } from './forecast-amounts.dto';
import { ForecastChangesDto } from './forecast-changes.dto';
import { ForecastTriggerDto } from './forecast-trigger.dto';

/** One version of a project's forecast, without its months and plan. */
export class ForecastVersionSummaryDto
  implements ProcessForecastApi.SchemaForecastVersionSummaryDto
{
  @ApiProperty({ description: 'The version’s number, 1 for the first.', example: 2 })
  version: number;

  @ApiProperty({ description: 'When it was computed.', example: '2026-11-20T10:15:00.000Z' })
  computedAt: string;

  @ApiProperty({ type: ForecastTriggerDto })
  trigger: ForecastTriggerDto;

  @ApiProperty({ type: ForecastChangesDto })
  changes: ForecastChangesDto;

  @ApiProperty({ description: 'The world’s date it was computed for.', example: '2026-11-20' })
  asOf: string;

  @ApiProperty({ description: 'Actuals plus plan.', type: ForecastAmountsDto })
  total: ForecastAmountsDto;

  @ApiProperty({ description: 'The plan after the world’s date.', type: ForecastAmountsDto })
  planned: ForecastAmountsDto;
}
