import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One action on a case, as the audit log keeps it. */
export class ExceptionAuditEntryDto {
  @ApiProperty({ description: 'Who (the token’s subject).', example: 'ana.ops@northwind' })
  actor: string;

  @ApiProperty({
    description: 'What: `exception.assign`, `exception.note`, `exception.retry`, …',
    example: 'exception.assign',
  })
  action: string;

  @ApiProperty({ description: 'When.', example: '2026-11-20T09:40:00.000Z' })
  at: string;

  @ApiPropertyOptional({
    description: 'What the case was before.',
    type: 'object',
    additionalProperties: true,
    example: { status: 'open', assignee: null },
  })
  before?: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'What the action made of it.',
    type: 'object',
    additionalProperties: true,
    example: { status: 'assigned', assignee: 'ana.ops@northwind' },
  })
  after?: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'Correlation id of the request that did it.',
    example: 'c0ffee00-0000-4000-8000-000000000001',
  })
  correlationId?: string;
}
