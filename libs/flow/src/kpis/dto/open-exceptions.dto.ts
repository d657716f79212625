import { ApiProperty } from '@nestjs/swagger';

/** The unresolved exception cases of one reason code, by how long they have been open. */
export class OpenExceptionsDto {
  @ApiProperty({ description: 'Reason code.', example: 'RATE_MISSING' })
  reason: string;

  @ApiProperty({ description: 'Unresolved cases (open or assigned).', example: 4 })
  open: number;

  @ApiProperty({ description: 'Of those, open for under an hour.', example: 1 })
  underOneHour: number;

  @ApiProperty({ description: 'Open for one to 24 hours.', example: 2 })
  oneHourToOneDay: number;

  @ApiProperty({ description: 'Open for one to three days.', example: 1 })
  oneToThreeDays: number;

  @ApiProperty({ description: 'Open for over three days.', example: 0 })
  overThreeDays: number;

  @ApiProperty({ description: 'Past their SLA due time.', example: 1 })
  slaBreached: number;

  @ApiProperty({ description: 'Age of the oldest, in whole seconds.', example: 3600 })
  oldestSeconds: number;
}
