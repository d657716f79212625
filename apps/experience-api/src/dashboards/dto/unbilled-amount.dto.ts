import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/** What a legal entity still has to bill of work of one age, in one currency. */
export class UnbilledAmountDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({
    description: 'Days since the work (or due) date: 0-30, 31-60, 61-90, over-90.',
    example: '0-30',
  })
  age: string;

  @ApiProperty({ description: 'Still to bill.', type: MoneyDto })
  amount: MoneyDto;

  @ApiProperty({ description: 'Postings in the amount.', example: 14 })
  postings: number;

  @ApiProperty({ description: 'Fee, retainer and milestone lines in the amount.', example: 1 })
  scheduleLines: number;
}
