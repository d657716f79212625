import { ApiProperty } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';
import { RevenueForecastMonthDto } from './revenue-forecast-month.dto';

/** A legal entity's revenue forecast per month: invoiced + posted-unbilled + planned. */
export class RevenueForecastDto implements ProcessForecastApi.SchemaRevenueForecastDto {
  @ApiProperty({ example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({
    description:
      'The currency the entity books in (the ERP’s); projects and invoices in another are not in the figures.',
    example: 'USD',
  })
  currency: string;

  @ApiProperty({
    description: 'The world’s date: billed and posted up to it, planned after it.',
    example: '2026-11-20',
  })
  asOf: string;

  @ApiProperty({
    description: 'Every month from `from` to `to`, in order, zero where there is nothing.',
    type: [RevenueForecastMonthDto],
  })
  months: RevenueForecastMonthDto[];

  @ApiProperty({
    description: 'The range in total (`month` is `total`).',
    type: RevenueForecastMonthDto,
  })
  total: RevenueForecastMonthDto;
}
