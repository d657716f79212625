import { ApiProperty } from '@nestjs/swagger';

/** The answer to a replay: the work is queued again, once. */
export class DeadLetterReplayedDto {
  @ApiProperty({
    description: 'The dead letter replayed.',
    example: 'WyJqb2IiLCJ0aW1lLXBvc3RpbmciLCI0MiIsMTc5NTcwMDAwMDAwMF0',
  })
  id: string;

  @ApiProperty({ description: 'Its queue.', example: 'time-posting' })
  queue: string;

  @ApiProperty({ description: 'The job queued again.', example: '42' })
  jobId: string;

  @ApiProperty({ description: 'Who replayed it.', example: 'ana.ops@northwind' })
  replayedBy: string;
}
