import { ApiProperty } from '@nestjs/swagger';
import { UnpostedAmountDto } from './unposted-amount.dto';

/** The approved-but-unposted entries of one age band. */
export class UnpostedAgeDto {
  @ApiProperty({
    description: 'Time since the gateway learned of the approval.',
    enum: ['under-1h', '1h-24h', '1d-3d', 'over-3d'],
    example: 'under-1h',
  })
  age: string;

  @ApiProperty({ description: 'Approved entries and expenses not yet posted.', example: 12 })
  entries: number;

  @ApiProperty({ description: 'Their hours (time only), decimal.', example: '84.50' })
  hours: string;

  @ApiProperty({ description: 'Entries not priced yet (no amount).', example: 3 })
  unpriced: number;

  @ApiProperty({
    description: 'Amounts of the priced ones, per currency.',
    type: [UnpostedAmountDto],
  })
  amounts: UnpostedAmountDto[];
}
