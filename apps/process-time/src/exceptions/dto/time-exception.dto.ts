import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TIME_REASON_CODES } from '../reason-codes';

export const EXCEPTION_STATUSES = [
  'open',
  'assigned',
  'retrying',
  'resolved',
  'dismissed',
] as const;
export const OWNER_GROUPS = ['finance-ops', 'integration-support', 'platform'] as const;

/** An entry the flow could not post, waiting for its owner group. */
export class TimeExceptionDto {
  @ApiProperty({ description: 'Exception id.', example: '0b6f3c52-9a55-4d1e-9c1e-3d5a1f0e2b7a' })
  id: string;

  @ApiProperty({ description: 'Why.', enum: TIME_REASON_CODES, example: 'RATE_MISSING' })
  reasonCode: string;

  @ApiProperty({
    description: 'What went wrong and what to do about it.',
    example:
      'PSA time entry 31000017 (v2, 2026-11-03) is billable but has no bill rate: Rate card RC-PUBSEC-USD has no ANALYST rate effective on 2026-11-03. Add the rate to the rate card in the PSA, then retry.',
  })
  message: string;

  @ApiProperty({ description: 'Who fixes it.', enum: OWNER_GROUPS, example: 'finance-ops' })
  ownerGroup: string;

  @ApiProperty({ description: 'Where it stands.', enum: EXCEPTION_STATUSES, example: 'open' })
  status: string;

  @ApiProperty({ description: 'Kind of source record.', example: 'psa.time_entry' })
  subjectType: string;

  @ApiProperty({ description: 'The source record’s id.', example: '31000017' })
  subjectId: string;

  @ApiPropertyOptional({ description: 'The posting it stopped.', example: 'psa-time-31000017' })
  posting?: string;

  @ApiProperty({ description: 'Times the posting failed while it was unresolved.', example: 1 })
  attempts: number;

  @ApiProperty({
    description: 'When the owner group should have acted.',
    example: '2026-11-21T09:15:00.000Z',
  })
  slaDueAt: string;

  @ApiPropertyOptional({
    description: 'Correlation id of the attempt that raised it.',
    example: 'c0ffee00-0000-4000-8000-000000000001',
  })
  correlationId?: string;

  @ApiProperty({
    description: 'The facts behind the reason (project, rate card, period, …).',
    type: 'object',
    additionalProperties: true,
    example: { rateCard: 'RC-PUBSEC-USD', role: 'ANALYST', date: '2026-11-03' },
  })
  facts: Record<string, unknown>;

  @ApiProperty({ description: 'Raised at.', example: '2026-11-20T09:15:00.000Z' })
  createdAt: string;

  @ApiProperty({ description: 'Last changed at.', example: '2026-11-20T09:15:00.000Z' })
  updatedAt: string;

  @ApiPropertyOptional({
    description: 'Resolved or dismissed at.',
    example: '2026-11-20T10:02:00.000Z',
  })
  resolvedAt?: string;

  @ApiPropertyOptional({
    description: 'How it was resolved.',
    example: 'The ERP is in line with version 2 (posted).',
  })
  resolution?: string;
}
