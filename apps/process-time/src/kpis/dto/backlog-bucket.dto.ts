import { ApiProperty } from '@nestjs/swagger';
import { BacklogAmountDto } from './backlog-amount.dto';

export const BACKLOG_AGES = ['under-1h', '1h-24h', '1d-3d', 'over-3d'] as const;

/** The approved-but-unposted entries of one age band. */
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
