import { ApiProperty } from '@nestjs/swagger';

/** Change orders by where they stand. */
export class ChangeOrderCountsDto {
  @ApiProperty({ description: 'Applied to both projects.', example: 3 })
  applied: number;

  @ApiProperty({
    description: 'Waiting for their onboarding, queued, running or retrying.',
    example: 1,
  })
  inProgress: number;

  @ApiProperty({ description: 'Stopped by an exception.', example: 0 })
  failed: number;
}
