import { ApiProperty } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';
import { PlannedUtilisationDto } from './planned-utilisation.dto';

/** Every active worker's planned hours per ISO week of a range, over their capacity. */
export class UtilisationDto implements ProcessForecastApi.SchemaUtilisationDto {
  @ApiProperty({ example: '2026-11-23' })
  from: string;

  @ApiProperty({ example: '2026-12-18' })
  to: string;

  @ApiProperty({ description: 'A worker’s capacity in a full week.', example: '40.00' })
  weeklyCapacityHours: string;

  @ApiProperty({ description: 'Active workers, by id.', type: [PlannedUtilisationDto] })
  items: PlannedUtilisationDto[];
}
