import { ApiProperty } from '@nestjs/swagger';
import { WorkerUtilisationDto } from './worker-utilisation.dto';

/** Every active worker's planned hours per ISO week of a range, over their capacity. */
export class UtilisationDto {
  @ApiProperty({ example: '2026-11-23' })
  from: string;

  @ApiProperty({ example: '2026-12-18' })
  to: string;

  @ApiProperty({ description: 'A worker’s capacity in a full week.', example: '40.00' })
  weeklyCapacityHours: string;

  @ApiProperty({ description: 'Active workers, by id.', type: [WorkerUtilisationDto] })
  items: WorkerUtilisationDto[];
}
