import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/** One hop of the entry's lineage (the sync ledger). */
export class LineageHopDto {
  @ApiProperty({
    description:
      '`time-intake` / `expense-intake` (PSA → gateway), `time-posting` / `time-reversal` (→ ERP timeBill), `expense-posting` / `expense-reversal` (→ ERP expenseReport).',
    example: 'time-posting',
  })
  flow: string;

  @ApiProperty({ description: 'The source version this hop carried.', example: '2' })
  sourceVersion: string;

  @ApiProperty({ description: 'Where it went.', example: 'erp' })
  targetSystem: string;

  @ApiProperty({ description: 'As what.', example: 'timeBill' })
  targetType: string;

  @ApiPropertyOptional({ description: 'The target’s id, once confirmed.', example: '50001' })
  targetId?: string;

  @ApiProperty({
    description:
      'pending (claimed, not confirmed), succeeded, failed, reversed (replaced by a later version or taken out).',
    example: 'succeeded',
  })
  status: string;

  @ApiPropertyOptional({ description: 'The billable value it carried.', type: MoneyDto })
  amount?: MoneyDto;

  @ApiProperty({ description: 'Claims of this hop (more than 1: retried).', example: 1 })
  attempts: number;

  @ApiPropertyOptional({ description: 'Correlation id of the last attempt.' })
  correlationId?: string;

  @ApiProperty({ description: 'When it was first claimed.', example: '2026-11-20T09:15:00.000Z' })
  createdAt: string;

  @ApiPropertyOptional({
    description: 'When the target confirmed it.',
    example: '2026-11-20T09:15:01.000Z',
  })
  completedAt?: string;
}
