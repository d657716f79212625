import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const DEAD_LETTER_KINDS = ['job', 'inbox', 'outbox'] as const;
export type DeadLetterKindView = (typeof DEAD_LETTER_KINDS)[number];

/** Work that gave up, waiting for a person to replay it once its cause is fixed. */
export class DeadLetterDto {
  @ApiProperty({
    description: 'Dead letter id (pass to replay).',
    example: 'WyJqb2IiLCJ0aW1lLXBvc3RpbmciLCI0MiIsMTc5NTcwMDAwMDAwMF0',
  })
  id: string;

  @ApiProperty({
    description:
      '`job`: a job whose attempts ran out; `inbox`: a pushed message (a PSA event) whose handling did; `outbox`: a job the relay could not hand to its queue.',
    enum: DEAD_LETTER_KINDS,
    example: 'job',
  })
  kind: DeadLetterKindView;

  @ApiProperty({ description: 'Its queue.', example: 'time-posting' })
  queue: string;

  @ApiProperty({ description: 'The job’s name on it.', example: 'post-entry' })
  jobName: string;

  @ApiProperty({ description: 'The job’s id (an outbox row’s id is its job’s).', example: '42' })
  jobId: string;

  @ApiProperty({ description: 'Tries made.', type: 'integer', example: 8 })
  attempts: number;

  @ApiProperty({ description: 'When it gave up.', example: '2026-11-20T09:15:00.000Z' })
  failedAt: string;

  @ApiPropertyOptional({
    description: 'Why its last try failed.',
    example: 'system-erp answered 503 VENDOR_UNAVAILABLE',
  })
  reason?: string;

  @ApiPropertyOptional({
    description: 'In lists: pass as `cursor` for the dead letters after this one.',
    example: 'WyIyMDI2LTExLTIwVDA5OjE1OjAwLjEyMzAwMFoiLCJ0aW1lLXBvc3RpbmcvNDIiXQ',
  })
  cursor?: string;

  @ApiProperty({
    description: 'What the job carries (ids only).',
    type: 'object',
    additionalProperties: true,
    example: { postingId: 'psa-time-31000017' },
  })
  data: Record<string, unknown>;
}
