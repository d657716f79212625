import { ApiProperty } from '@nestjs/swagger';
import { RevenueMonthDto } from './revenue-month.dto';

/** A legal entity's invoiced and unbilled revenue by month, in its currency. */
export class RevenueDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({
    description:
      'The currency the entity books in (the ERP’s); invoices and work in another currency are not in the figures.',
    example: 'USD',
  })
  currency: string;

  @ApiProperty({
    description: 'The day schedule lines are counted up to, YYYY-MM-DD.',
    example: '2026-11-20',
  })
  asOf: string;

  @ApiProperty({
    description: 'Every month from `from` to `to`, in order, zero where there is nothing.',
    type: [RevenueMonthDto],
  })
  months: RevenueMonthDto[];
}
