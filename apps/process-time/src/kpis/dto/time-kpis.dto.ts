import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

export const BACKLOG_AGES = ['under-1h', '1h-24h', '1d-3d', 'over-3d'] as const;

export class BacklogAmountDto {
  @ApiProperty({ description: 'Cost of the priced entries.', type: MoneyDto })
  cost: MoneyDto;

  @ApiProperty({ description: 'Billable value of the priced entries.', type: MoneyDto })
  billableValue: MoneyDto;
}

export class BacklogBucketDto {
  @ApiProperty({
    description: 'Time since the gateway learned of the approval.',
    enum: BACKLOG_AGES,
    example: 'under-1h',
  })
  age: string;

  @ApiProperty({ description: 'Approved entries and expenses not yet posted.', example: 12 })
  entries: number;

  @ApiProperty({ description: 'Their hours (time only), decimal.', example: '84.5' })
  hours: string;

  @ApiProperty({
    description:
      'Their amounts per currency, for the entries priced so far (an entry blocked before pricing has none yet).',
    type: [BacklogAmountDto],
  })
  amounts: BacklogAmountDto[];

  @ApiProperty({ description: 'Entries not priced yet.', example: 3 })
  unpriced: number;
}

export class PostingSuccessDto {
  @ApiProperty({
    description: 'Entries the ERP is in line with (posted, reversed, withdrawn).',
    example: 940,
  })
  settled: number;

  @ApiProperty({ description: 'Entries waiting on an exception.', example: 6 })
  blocked: number;

  @ApiProperty({
    description: 'settled ÷ (settled + blocked), 4 places; 1 with none of either.',
    example: '0.9937',
  })
  rate: string;
}

export class PostingLagDto {
  @ApiProperty({ description: 'Entries first posted in the last 24 hours.', example: 940 })
  postedLast24h: number;

  @ApiPropertyOptional({
    description:
      'Median seconds from the gateway learning of the approval to the ERP’s confirmation.',
    example: 1.2,
  })
  p50Seconds?: number;

  @ApiPropertyOptional({ description: '95th percentile of the same.', example: 4.8 })
  p95Seconds?: number;

  @ApiPropertyOptional({ description: 'Slowest of the same.', example: 31.5 })
  maxSeconds?: number;
}

export class ExceptionReasonCountDto {
  @ApiProperty({ description: 'Reason code.', example: 'RATE_MISSING' })
  reason: string;

  @ApiProperty({ description: 'Unresolved exceptions with this reason.', example: 4 })
  open: number;

  @ApiProperty({ description: 'Age of the oldest, in seconds.', example: 3600 })
  oldestSeconds: number;
}

/** The flow's business KPIs (DESIGN section 5), read from process-time's own state. */
export class TimeKpisDto {
  @ApiProperty({ description: 'Approved but not posted, by age.', type: [BacklogBucketDto] })
  unposted: BacklogBucketDto[];

  @ApiProperty({ description: 'Posting success.', type: PostingSuccessDto })
  success: PostingSuccessDto;

  @ApiProperty({ description: 'Posting lag.', type: PostingLagDto })
  lag: PostingLagDto;

  @ApiProperty({ description: 'Unresolved exceptions by reason.', type: [ExceptionReasonCountDto] })
  exceptionsByReason: ExceptionReasonCountDto[];
}
