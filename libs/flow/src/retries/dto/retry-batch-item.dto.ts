import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const RETRY_ITEM_STATUSES = ['pending', 'retried', 'refused', 'not_found', 'failed'];

/** One case of a bulk retry and its outcome. */
export class RetryBatchItemDto {
  @ApiProperty({ description: 'Case id.', example: '0b6f3c52-9a55-4d1e-9c1e-3d5a1f0e2b7a' })
  exception: string;

  @ApiProperty({
    description: 'Its outcome so far.',
    enum: RETRY_ITEM_STATUSES,
    example: 'retried',
  })
  status: string;

  @ApiPropertyOptional({
    description: 'Why it was refused or failed (problem code).',
    example: 'EXCEPTION_CLOSED',
  })
  code?: string;

  @ApiPropertyOptional({
    description: 'What the retry answered.',
    example: 'Exception 0b6f3c52-9a55-4d1e-9c1e-3d5a1f0e2b7a is resolved already.',
  })
  detail?: string;

  @ApiPropertyOptional({
    description: 'When its job finished.',
    example: '2026-11-20T09:15:02.000Z',
  })
  finishedAt?: string;
}
