import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/**
 * A legal entity's days sales outstanding in one currency: what customers still owe, divided by
 * what was invoiced over the window, times the window's days.
 */
export class DaysSalesOutstandingDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'Still to pay on every open invoice.', type: MoneyDto })
  receivables: MoneyDto;

  @ApiProperty({
    description: 'Invoiced (totals, tax included) with an invoice date in the window.',
    type: MoneyDto,
  })
  sales: MoneyDto;

  @ApiProperty({ description: 'The window: this many days up to today.', example: 90 })
  windowDays: number;

  @ApiPropertyOptional({
    description: 'receivables ÷ sales × windowDays, to one decimal; absent without sales.',
    example: 41.3,
  })
  days?: number;
}
