import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RetryBatchCountsDto, RetryBatchItemDto } from '@p2c/flow';
import { WORKBENCH_APPS, WorkbenchApp } from '../workbench-apps';

/** One case of a bulk retry across the apps, and its outcome. */
export class WorkbenchRetryBatchItemDto extends RetryBatchItemDto {
  @ApiPropertyOptional({
    description: 'The process app that holds it (absent when none does).',
    enum: WORKBENCH_APPS,
    example: 'process-time',
  })
  app?: WorkbenchApp;
}

/** A bulk retry across the process apps, and how far it has got. */
export class WorkbenchRetryBatchDto {
  @ApiProperty({ description: 'Batch id.', example: '7d1c0e2a-4b5f-4a9e-8c3d-2e1f0a9b8c7d' })
  id: string;

  @ApiProperty({ description: 'Distinct case ids asked for.', type: 'integer', example: 1000 })
  requested: number;

  @ApiProperty({
    description: 'How its cases stand; not found: held by no app.',
    type: RetryBatchCountsDto,
  })
  counts: RetryBatchCountsDto;

  @ApiProperty({ description: 'true once no case is pending.', example: false })
  done: boolean;

  @ApiPropertyOptional({
    description: 'Each case’s outcome (when the batch is read, not in the 202 answer).',
    type: [WorkbenchRetryBatchItemDto],
    maxItems: 1000,
  })
  items?: WorkbenchRetryBatchItemDto[];
}
