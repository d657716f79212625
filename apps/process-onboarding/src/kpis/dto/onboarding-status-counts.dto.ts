import { ApiProperty } from '@nestjs/swagger';

/** How many onboardings are in each status. */
export class OnboardingStatusCountsDto {
  @ApiProperty({ description: 'Started, first step queued.', example: 0 })
  PENDING: number;

  @ApiProperty({ description: 'A step queued, running or waiting to retry.', example: 1 })
  RUNNING: number;

  @ApiProperty({ description: 'Stopped by an exception, waiting for a person.', example: 1 })
  BLOCKED: number;

  @ApiProperty({ description: 'Both projects active.', example: 6 })
  COMPLETED: number;
}
