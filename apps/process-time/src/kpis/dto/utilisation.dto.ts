import { ApiProperty } from '@nestjs/swagger';
import { WorkerUtilisationDto } from './worker-utilisation.dto';

/** Posted hours per worker in a month, over a capacity of 8 hours per weekday of the month. */
export class UtilisationDto {
  @ApiProperty({ description: 'The month.', example: '2026-11' })
  period: string;

  @ApiProperty({ description: 'Weekdays (Monday to Friday) in the month.', example: 21 })
  weekdays: number;

  @ApiProperty({ description: 'Each worker’s capacity: 8 × weekdays.', example: '168.00' })
  capacityHours: string;

  @ApiProperty({
    description: 'Workers with posted time in the month, by worker id.',
    type: [WorkerUtilisationDto],
  })
  workers: WorkerUtilisationDto[];
}
