import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/** Billing events of one currency: how many, and their net. */
export class EventTotalDto {
  @ApiProperty({ description: 'Billing events.', example: 3 })
  events: number;

  @ApiProperty({ description: 'Their net total.', type: MoneyDto })
  net: MoneyDto;
}
