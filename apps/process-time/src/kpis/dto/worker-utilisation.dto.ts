import { ApiProperty } from '@nestjs/swagger';

/** One worker's posted time in a month against their capacity. */
export class WorkerUtilisationDto {
  @ApiProperty({ description: 'Worker (HCM employee id).', example: 'E1003' })
  worker: string;

  @ApiProperty({ description: 'Posted hours with a work date in the month.', example: '152.00' })
  postedHours: string;

  @ApiProperty({ description: 'Of those, billable.', example: '144.00' })
  billableHours: string;

  @ApiProperty({ description: 'postedHours ÷ capacityHours, 4 places.', example: '0.8636' })
  utilisation: string;

  @ApiProperty({ description: 'billableHours ÷ capacityHours, 4 places.', example: '0.8182' })
  billableUtilisation: string;
}
