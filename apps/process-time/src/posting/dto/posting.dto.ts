import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

export const POSTING_STATUSES = ['pending', 'posted', 'reversed', 'withdrawn', 'blocked'] as const;
export const POSTING_KINDS = ['TIME', 'EXPENSE'] as const;

/** An approved PSA time entry or expense and where its posting stands. */
export class PostingDto {
  @ApiProperty({
    description: 'Posting id: the ERP record’s external id, the same for every version.',
    example: 'psa-time-31000017',
  })
  id: string;

  @ApiProperty({ description: 'Time or expense.', enum: POSTING_KINDS, example: 'TIME' })
  kind: string;

  @ApiProperty({ description: 'Source system.', example: 'psa' })
  sourceSystem: string;

  @ApiProperty({ description: 'The source’s id of the entry.', example: '31000017' })
  sourceId: string;

  @ApiProperty({ description: 'Newest version the gateway has seen.', example: 3 })
  latestVersion: number;

  @ApiPropertyOptional({ description: 'The version the ERP holds now.', example: 3 })
  postedVersion?: number;

  @ApiProperty({
    description:
      'pending: on its way; posted: the ERP holds the latest version; reversed: taken out after a withdrawal or deletion; withdrawn: withdrawn before it was posted; blocked: an exception waits.',
    enum: POSTING_STATUSES,
    example: 'posted',
  })
  status: string;

  @ApiPropertyOptional({ description: 'Canonical project.', example: 'PRJ-006NW000101' })
  project?: string;

  @ApiPropertyOptional({ description: 'Legal entity booked in.', example: 'NWA-US' })
  legalEntity?: string;

  @ApiPropertyOptional({ description: 'Accounting period (YYYY-MM).', example: '2026-11' })
  accountingPeriod?: string;

  @ApiPropertyOptional({ description: 'HCM employee id.', example: 'E1003' })
  worker?: string;

  @ApiPropertyOptional({ description: 'Role the time was logged in.', example: 'SENIOR' })
  role?: string;

  @ApiPropertyOptional({
    description: 'An expense’s category, as the PSA names it.',
    example: 'Travel',
  })
  category?: string;

  @ApiPropertyOptional({ description: 'Day worked (or of the expense).', example: '2026-11-02' })
  workDate?: string;

  @ApiPropertyOptional({ description: 'Time: minutes, exact.', example: 480 })
  minutes?: number;

  @ApiPropertyOptional({ description: 'Billed to the customer.', example: true })
  billable?: boolean;

  @ApiPropertyOptional({ description: 'Time: hourly cost rate on the work date.', type: MoneyDto })
  costRate?: MoneyDto;

  @ApiPropertyOptional({
    description:
      'Cost: hours × cost rate (time), the amount spent (expenses). Kept here: the ERP’s timeBill has no cost.',
    type: MoneyDto,
  })
  cost?: MoneyDto;

  @ApiPropertyOptional({ description: 'Time: hourly bill rate on the work date.', type: MoneyDto })
  billRate?: MoneyDto;

  @ApiPropertyOptional({
    description:
      'Billable value: hours × bill rate (time), amount plus the contract’s markup (expenses).',
    type: MoneyDto,
  })
  billableValue?: MoneyDto;

  @ApiPropertyOptional({ description: 'The ERP’s internal id of the record.', example: '50001' })
  erpId?: string;

  @ApiPropertyOptional({
    description: 'Approved at (the source’s clock).',
    example: '2026-11-20T09:15:00.000Z',
  })
  approvedAt?: string;

  @ApiPropertyOptional({
    description: 'When the gateway learned of the approval.',
    example: '2026-11-20T09:15:00.120Z',
  })
  seenAt?: string;

  @ApiPropertyOptional({
    description: 'When the ERP first confirmed it.',
    example: '2026-11-20T09:15:01.020Z',
  })
  postedAt?: string;

  @ApiPropertyOptional({ description: 'Why the last attempt failed.' })
  lastError?: string;

  @ApiProperty({ description: 'Last change.', example: '2026-11-20T09:15:01.020Z' })
  updatedAt: string;
}
