import { ApiProperty } from '@nestjs/swagger';

/** A process app's unresolved exception cases of one reason code, by age. */
export class OpenExceptionsDto {
  @ApiProperty({
    description: 'The process app holding them.',
    enum: ['process-onboarding', 'process-time', 'process-billing', 'process-forecast'],
    example: 'process-time',
  })
  app: string;

  @ApiProperty({ description: 'Reason code.', example: 'RATE_MISSING' })
  reason: string;

  @ApiProperty({ description: 'Unresolved cases.', example: 4 })
  open: number;

  @ApiProperty({ description: 'Open for under an hour.', example: 1 })
  underOneHour: number;

  @ApiProperty({ description: 'Open for one to 24 hours.', example: 2 })
  oneHourToOneDay: number;

  @ApiProperty({ description: 'Open for one to three days.', example: 1 })
  oneToThreeDays: number;

  @ApiProperty({ description: 'Open for over three days.', example: 0 })
  overThreeDays: number;

  @ApiProperty({ description: 'Past their SLA due time.', example: 1 })
  slaBreached: number;

  @ApiProperty({ description: 'Age of the oldest, in seconds.', example: 3600 })
  oldestSeconds: number;
}
