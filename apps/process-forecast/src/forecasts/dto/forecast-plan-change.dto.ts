import { ApiProperty } from '@nestjs/swagger';
import { ForecastPlanLineDto } from './forecast-plan-line.dto';

/** An assignment whose dates or hours changed. */
export class ForecastPlanChangeDto {
  @ApiProperty({ type: ForecastPlanLineDto })
  before: ForecastPlanLineDto;

  @ApiProperty({ type: ForecastPlanLineDto })
  after: ForecastPlanLineDto;
}
