import { ApiProperty } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';
import { ForecastPlanLineDto } from './forecast-plan-line.dto';

/** An assignment whose dates or hours changed. */
export class ForecastPlanChangeDto implements ProcessForecastApi.SchemaForecastPlanChangeDto {
  @ApiProperty({ type: ForecastPlanLineDto })
  before: ForecastPlanLineDto;

  @ApiProperty({ type: ForecastPlanLineDto })
  after: ForecastPlanLineDto;
}
