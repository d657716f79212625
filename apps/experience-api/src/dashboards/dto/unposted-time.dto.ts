import { ApiProperty } from '@nestjs/swagger';
import { UnpostedAgeDto } from './unposted-age.dto';
import { UnpostedAmountDto } from './unposted-amount.dto';

/** Approved time and expenses the ERP does not hold yet (pending, or blocked by an exception). */
export class UnpostedTimeDto {
  @ApiProperty({ description: 'Entries and expenses, every age.', example: 15 })
  entries: number;

  @ApiProperty({ description: 'Their hours (time only), decimal.', example: '104.50' })
  hours: string;

  @ApiProperty({ description: 'Entries not priced yet (no amount).', example: 3 })
  unpriced: number;

  @ApiProperty({
    description: 'Total cost and billable value of the priced ones, per currency.',
    type: [UnpostedAmountDto],
  })
  amounts: UnpostedAmountDto[];

  @ApiProperty({ description: 'The same by age band, youngest first.', type: [UnpostedAgeDto] })
  byAge: UnpostedAgeDto[];
}
