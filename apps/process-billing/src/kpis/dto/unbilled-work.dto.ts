import { ApiProperty } from '@nestjs/swagger';
import { UnbilledAmountDto } from './unbilled-amount.dto';

/** The unbilled billable amount, as read at one moment from process-time and billing's items. */
export class UnbilledWorkDto {
  @ApiProperty({
    description:
      'When it was read: the figure is kept for BILLING_UNBILLED_CACHE_MS, and the last one is kept while process-time or the ERP cannot be read.',
    example: '2026-12-03T09:15:00.000Z',
  })
  asOf: string;

  @ApiProperty({
    description:
      'By legal entity, currency and age; only the combinations with something to bill, in that order.',
    type: [UnbilledAmountDto],
  })
  amounts: UnbilledAmountDto[];
}
