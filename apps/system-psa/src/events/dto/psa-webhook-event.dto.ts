import { ApiProperty } from '@nestjs/swagger';

/** What the PSA POSTs (documentation only: the body is checked against its raw bytes' signature first). */
export class PsaWebhookEventDto {
  @ApiProperty({ description: 'The PSA’s event id.', example: '500000123' })
  id: string;

  @ApiProperty({ description: 'The PSA’s event type.', example: 'time_entry:approved' })
  event_type: string;

  @ApiProperty({ description: 'Kind of record it is about.', example: 'TimeEntry' })
  subject_type: string;

  @ApiProperty({ description: 'The record’s PSA id.', example: '100000042' })
  subject_id: string;

  @ApiProperty({ description: 'When it happened.', example: '2026-11-20T09:15:00.000Z' })
  created_at: string;

  @ApiProperty({
    description: 'The record right after the change.',
    type: 'object',
    additionalProperties: true,
  })
  payload: Record<string, unknown>;
}
