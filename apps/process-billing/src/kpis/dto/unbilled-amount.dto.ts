import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';
import { UNBILLED_AGES, UnbilledAge } from '../unbilled-age';

/** What a legal entity still has to bill of work of one age, in one currency. */
export class UnbilledAmountDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({
    description:
      'Days since the work date of the posting (its posted date when it has none), or since the due date of a fee or retainer line, or the completion of a milestone: 0–30, 31–60, 61–90, over 90.',
    enum: UNBILLED_AGES,
    example: '31-60',
  })
  age: UnbilledAge;

  @ApiProperty({
    description:
      'Still to bill: billable posted time and expenses of time-and-materials projects that no billing event item holds (a correction of billed work: its difference), and fee, retainer and milestone lines billable by today that no item holds.',
    type: MoneyDto,
  })
  amount: MoneyDto;

  @ApiProperty({ description: 'Postings (or corrections) in the amount.', example: 14 })
  postings: number;

  @ApiProperty({ description: 'Schedule lines in the amount.', example: 1 })
  scheduleLines: number;
}
