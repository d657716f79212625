import { ApiProperty } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';
import { ForecastPlanChangeDto } from './forecast-plan-change.dto';
import { ForecastPlanLineDto } from './forecast-plan-line.dto';

/** What changed in the plan since the version before (a project's first version adds its whole plan). */
export class ForecastChangesDto implements ProcessForecastApi.SchemaForecastChangesDto {
  @ApiProperty({ description: 'Assignments staffed since.', type: [ForecastPlanLineDto] })
  added: ForecastPlanLineDto[];

  @ApiProperty({ description: 'Assignments taken off since.', type: [ForecastPlanLineDto] })
  removed: ForecastPlanLineDto[];

  @ApiProperty({
    description: 'Assignments (same worker or open role, same role) whose dates or hours changed.',
    type: [ForecastPlanChangeDto],
  })
  changed: ForecastPlanChangeDto[];
}
