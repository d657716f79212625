import { ApiProperty } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';
import { ForecastAmountsDto } from './forecast-amounts.dto';

/** One calendar month of a forecast: posted actuals plus the plan after the world's date. */
export class ForecastMonthDto
  extends ForecastAmountsDto
  implements ProcessForecastApi.SchemaForecastMonthDto
{
  @ApiProperty({ description: 'The month.', example: '2026-12' })
  month: string;

  @ApiProperty({
    description:
      'Posted time with a work date up to the world’s date (and schedule amounts due by then).',
    type: ForecastAmountsDto,
  })
  actual: ForecastAmountsDto;

  @ApiProperty({
    description:
      'The plan on the weekdays after the world’s date (and schedule amounts due after it).',
    type: ForecastAmountsDto,
  })
  planned: ForecastAmountsDto;

  @ApiProperty({
    description:
      'Planned hours of roles held open: revenue at the role’s bill rate, no named cost.',
    example: '0.00',
  })
  unstaffedHours: string;

  @ApiProperty({
    description:
      'Planned hours on days without a bill rate or a cost rate, priced as far as they could be.',
    example: '0.00',
  })
  unpricedHours: string;
}
