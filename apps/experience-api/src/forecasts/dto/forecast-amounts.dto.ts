import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';
import type { ProcessForecastApi } from '@p2c/clients';

/** Hours, revenue, cost and margin of a stretch of a project. */
export class ForecastAmountsDto implements ProcessForecastApi.SchemaForecastAmountsDto {
  @ApiProperty({ description: 'Hours, two places.', example: '1408.00' })
  hours: string;

  @ApiProperty({ description: 'Revenue, exact, in the project currency.', type: MoneyDto })
  revenue: MoneyDto;

  @ApiProperty({ description: 'Cost, exact, in the project currency.', type: MoneyDto })
  cost: MoneyDto;

  @ApiProperty({ description: 'Revenue less cost.', type: MoneyDto })
  margin: MoneyDto;

  @ApiProperty({
    description: 'Margin over revenue in percent, two places; null without revenue.',
    type: String,
    nullable: true,
    example: '58.42',
  })
  marginPct: string | null;
}
