import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const PARTNER_TIME_ENTRY_STATUSES = [
  'pending',
  'posted',
  'blocked',
  'reversed',
  'withdrawn',
] as const;

/** One approved PSA time entry on a project of the partner's customer, and where it stands. */
export class PartnerTimeEntryDto {
  @ApiProperty({ description: 'The PSA’s id of the time entry.', example: '31000017' })
  timeEntry: string;

  @ApiProperty({ description: 'Canonical project id.', example: 'prj_5b7d40e2' })
  project: string;

  @ApiPropertyOptional({ description: 'Day worked.', example: '2026-11-02' })
  workDate?: string;

  @ApiPropertyOptional({ description: 'Hours, exact to the minute.', example: 7.5 })
  hours?: number;

  @ApiPropertyOptional({ description: 'Billed to the customer.', example: true })
  billable?: boolean;

  @ApiProperty({
    description:
      'pending: approved, on its way to finance; posted: finance holds its latest version; blocked: held until the firm clears a problem; reversed: taken out after a withdrawal; withdrawn: withdrawn before it was posted.',
    enum: PARTNER_TIME_ENTRY_STATUSES,
    example: 'posted',
  })
  status: string;

  @ApiProperty({ description: 'The version of the entry the gateway has seen last.', example: 2 })
  version: number;

  @ApiPropertyOptional({
    description: 'When it was approved.',
    example: '2026-11-20T09:15:00.000Z',
  })
  approvedAt?: string;

  @ApiPropertyOptional({
    description: 'When finance first took it.',
    example: '2026-11-20T09:15:01.020Z',
  })
  postedAt?: string;
}
