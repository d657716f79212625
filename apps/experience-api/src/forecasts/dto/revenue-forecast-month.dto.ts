import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';
import type { ProcessForecastApi } from '@p2c/clients';

/** One month of a legal entity's revenue forecast, in its currency. */
export class RevenueForecastMonthDto implements ProcessForecastApi.SchemaRevenueForecastMonthDto {
  @ApiProperty({
    description: 'The month, YYYY-MM (`total` for the whole range).',
    example: '2026-12',
  })
  month: string;

  @ApiProperty({
    description:
      'Invoiced: the net of the invoiced billing events of this run period (process-billing).',
    type: MoneyDto,
  })
  invoiced: MoneyDto;

  @ApiProperty({
    description:
      'Posted but unbilled: billable work by work month, and schedule lines due by the world’s date that no billing event holds (process-billing).',
    type: MoneyDto,
  })
  unbilled: MoneyDto;

  @ApiProperty({
    description:
      'Planned: the newest forecasts’ revenue on the weekdays after the world’s date (and schedule amounts due after it), of the entity’s projects in its currency.',
    type: MoneyDto,
  })
  planned: MoneyDto;

  @ApiProperty({ description: 'invoiced + unbilled + planned.', type: MoneyDto })
  total: MoneyDto;
}
