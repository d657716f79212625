import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/** One month of a legal entity's revenue: what is invoiced, and what is still to bill. */
export class RevenueMonthDto {
  @ApiProperty({ description: 'The month, YYYY-MM.', example: '2026-10' })
  month: string;

  @ApiProperty({
    description:
      'The net (before tax) of the entity’s invoiced billing events of this run period, credit memos negative.',
    type: MoneyDto,
    example: { amount: '48250.00', currency: 'USD' },
  })
  invoiced: MoneyDto;

  @ApiProperty({
    description:
      'Still to bill: billable posted time and expenses of time-and-materials projects that no billing event item holds (a correction of billed work: its difference), by work date; fee and retainer lines due, and milestones completed, on or before `asOf` that no item holds, by that date.',
    type: MoneyDto,
    example: { amount: '12600.00', currency: 'USD' },
  })
  unbilled: MoneyDto;
}
