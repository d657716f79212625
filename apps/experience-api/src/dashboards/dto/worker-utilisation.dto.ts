import { ApiProperty } from '@nestjs/swagger';

/** One worker's posted time in the period against their capacity. */
export class WorkerUtilisationDto {
  @ApiProperty({ description: 'Worker (HCM employee id).', example: 'E1003' })
  worker: string;

  @ApiProperty({ description: 'Posted hours with a work date in the period.', example: '152.00' })
  postedHours: string;

  @ApiProperty({ description: 'Of those, billable.', example: '144.00' })
  billableHours: string;

  @ApiProperty({ description: 'postedHours ÷ capacity, 4 places.', example: '0.9048' })
  utilisation: string;

  @ApiProperty({ description: 'billableHours ÷ capacity, 4 places.', example: '0.8571' })
  billableUtilisation: string;
}
