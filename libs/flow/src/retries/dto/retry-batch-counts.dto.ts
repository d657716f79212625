import { ApiProperty } from '@nestjs/swagger';

/** How a batch's cases stand. */
export class RetryBatchCountsDto {
  @ApiProperty({ description: 'Cases whose job has not run yet.', type: 'integer', example: 940 })
  pending: number;

  @ApiProperty({ description: 'Cases the retry took.', type: 'integer', example: 55 })
  retried: number;

  @ApiProperty({
    description: 'Cases the retry refused (closed, not retryable, not the caller’s).',
    type: 'integer',
    example: 3,
  })
  refused: number;

  @ApiProperty({ description: 'Ids this app holds no case of.', type: 'integer', example: 2 })
  notFound: number;

  @ApiProperty({
    description: 'Cases whose job gave up (a dead letter to replay).',
    type: 'integer',
    example: 0,
  })
  failed: number;
}
