import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RetryBatchCountsDto } from './retry-batch-counts.dto';
import { RetryBatchItemDto } from './retry-batch-item.dto';

/** A bulk retry of exception cases and how far it has got. */
export class RetryBatchDto {
  @ApiProperty({ description: 'Batch id.', example: '7d1c0e2a-4b5f-4a9e-8c3d-2e1f0a9b8c7d' })
  id: string;

  @ApiProperty({ description: 'Who asked (the token’s subject).', example: 'ana.ops@northwind' })
  actor: string;

  @ApiProperty({ description: 'Distinct case ids asked for.', type: 'integer', example: 1000 })
  requested: number;

  @ApiProperty({ description: 'How its cases stand.', type: RetryBatchCountsDto })
  counts: RetryBatchCountsDto;

  @ApiProperty({ description: 'true once no case is pending.', example: false })
  done: boolean;

  @ApiProperty({ description: 'Accepted at.', example: '2026-11-20T09:15:00.000Z' })
  createdAt: string;

  @ApiPropertyOptional({
    description: 'Each case’s outcome (when the batch is read, not in the 202 answer).',
    type: [RetryBatchItemDto],
    maxItems: 1000,
  })
  items?: RetryBatchItemDto[];
}
