import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProcessBillingApi } from '@p2c/clients';

/** A reconciliation, without its figures. */
export class ReconciliationSummaryDto implements ProcessBillingApi.SchemaReconciliationSummaryDto {
  @ApiProperty({
    description: 'Reconciliation id.',
    example: '6c2e9b10-4f7a-4d3e-8b21-9a0f5c7d1e42',
  })
  id: string;

  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'The month reconciled, YYYY-MM.', example: '2026-11' })
  period: string;

  @ApiProperty({
    description:
      'running: the sides are being read and compared; completed: figures and differences are in; failed: a side could not be read (an exception waits).',
    enum: ['running', 'completed', 'failed'],
    example: 'completed',
  })
  status: ProcessBillingApi.SchemaReconciliationSummaryDto['status'];

  @ApiProperty({
    description: 'request: someone asked for it; schedule: the nightly schedule.',
    enum: ['request', 'schedule'],
    example: 'request',
  })
  trigger: ProcessBillingApi.SchemaReconciliationSummaryDto['trigger'];

  @ApiProperty({
    description: 'Who started it (`schedule` for the schedule).',
    example: 'ana.finance',
  })
  requestedBy: string;

  @ApiProperty({ description: 'Entries that differ (0: every side agrees).', example: 0 })
  differences: number;

  @ApiProperty({ description: 'Started at.', example: '2026-12-01T02:00:00.000Z' })
  createdAt: string;

  @ApiPropertyOptional({ description: 'When it completed.', example: '2026-12-01T02:00:04.000Z' })
  completedAt?: string;

  @ApiPropertyOptional({ description: 'Why it failed.', example: 'The PSA could not be read' })
  lastError?: string;
}
