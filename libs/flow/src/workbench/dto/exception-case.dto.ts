import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OWNER_GROUPS } from '@p2c/canonical';
import { CASE_REASON_CODES } from '../case-reason-codes';
import { EXCEPTION_STATUSES } from '../exception-statuses';
import { ExceptionAuditEntryDto } from './exception-audit-entry.dto';
import { ExceptionNoteDto } from './exception-note.dto';

/** A flow step that could not succeed on its own, as the workbench shows it. */
export class ExceptionCaseDto {
  @ApiProperty({ description: 'Case id.', example: '0b6f3c52-9a55-4d1e-9c1e-3d5a1f0e2b7a' })
  id: string;

  @ApiProperty({ description: 'The flow it stopped.', example: 'time-posting' })
  flow: string;

  @ApiProperty({ description: 'The step of the flow that raised it.', example: 'post' })
  step: string;

  @ApiProperty({
    description: 'Why, as the reason catalogue names it.',
    enum: CASE_REASON_CODES,
    example: 'RATE_MISSING',
  })
  reasonCode: string;

  @ApiProperty({
    description: 'What went wrong and what to do about it.',
    example:
      'PSA time entry 31000017 (v2, 2026-11-03) is billable but has no bill rate: Rate card RC-PUBSEC-USD has no ANALYST rate effective on 2026-11-03. Add the rate to the rate card in the PSA, then retry.',
  })
  message: string;

  @ApiProperty({ description: 'Who works it.', enum: OWNER_GROUPS, example: 'finance-ops' })
  ownerGroup: string;

  @ApiProperty({ description: 'Where it stands.', enum: EXCEPTION_STATUSES, example: 'open' })
  status: string;

  @ApiPropertyOptional({ description: 'The person it is given to.', example: 'ana.ops@northwind' })
  assignee?: string;

  @ApiProperty({ description: 'Kind of record it is about.', example: 'psa.time_entry' })
  subjectType: string;

  @ApiProperty({ description: 'The record’s id.', example: '31000017' })
  subjectId: string;

  @ApiProperty({
    description: 'Times the step failed while it was unresolved.',
    type: 'integer',
    example: 1,
  })
  attempts: number;

  @ApiProperty({
    description: 'When the owner group should have acted.',
    example: '2026-11-21T09:15:00.000Z',
  })
  slaDueAt: string;

  @ApiPropertyOptional({
    description: 'Correlation id of the attempt that raised it (in the logs of every tier).',
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

  @ApiPropertyOptional({
    description: 'What people wrote on it, oldest first (on a single case, not in lists).',
    type: [ExceptionNoteDto],
    maxItems: 1000,
  })
  notes?: ExceptionNoteDto[];

  @ApiPropertyOptional({
    description:
      'Every action taken on it, oldest first: who, when, what (on a single case, not in lists).',
    type: [ExceptionAuditEntryDto],
    maxItems: 10000,
  })
  audit?: ExceptionAuditEntryDto[];

  @ApiPropertyOptional({
    description:
      'In lists: pass as `cursor` (with the same sort and order) for the cases after this one.',
    example: 'WyIyMDI2LTExLTIwVDA5OjE1OjAwLjEyMzQ1NloiLCIwYjZmM2M1MiIsImNyZWF0ZWRBdDpkZXNjIl0',
  })
  cursor?: string;

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
    description: 'How it was closed: what fixed it, or why it was dismissed.',
    example: 'The ERP is in line with version 2 (posted).',
  })
  resolution?: string;
}
