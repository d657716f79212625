import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/** Cost and billable value of approved-but-unposted work in one currency. */
export class UnpostedAmountDto {
  @ApiProperty({ description: 'Cost of the priced entries.', type: MoneyDto })
  cost: MoneyDto;

  @ApiProperty({ description: 'Billable value of the priced entries.', type: MoneyDto })
  billableValue: MoneyDto;
}
