import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/**
 * A legal entity's days sales outstanding in one currency over a trailing window: receivables
 * now ÷ invoiced (tax included) with an invoice date in the window × the window's days.
 */
export class DaysSalesOutstandingDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'Still to pay on every open invoice.', type: MoneyDto })
  receivables: MoneyDto;

  @ApiProperty({ description: 'Invoiced in the window.', type: MoneyDto })
  sales: MoneyDto;

  @ApiProperty({ description: 'The trailing window, in days up to today.', example: 90 })
  windowDays: number;

  @ApiPropertyOptional({
    description: 'receivables ÷ sales × windowDays, one decimal; absent without sales.',
    example: 41.3,
  })
  days?: number;
}
