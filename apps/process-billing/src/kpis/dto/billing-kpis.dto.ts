import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AmountCountDto } from './amount-count.dto';
import { DaysSalesOutstandingDto } from './days-sales-outstanding.dto';
import { OverdueAmountDto } from './overdue-amount.dto';
import { ReasonCountDto } from './reason-count.dto';
import { StatusCountDto } from './status-count.dto';

/** Billing's basic figures. */
export class BillingKpisDto {
  @ApiProperty({ description: 'Billing runs by status.', type: [StatusCountDto] })
  runs: StatusCountDto[];

  @ApiProperty({ description: 'Billing events by status.', type: [StatusCountDto] })
  events: StatusCountDto[];

  @ApiProperty({ description: 'Invoiced billing events per currency.', type: [AmountCountDto] })
  invoiced: AmountCountDto[];

  @ApiProperty({
    description:
      'Blocked billing events per currency: failed, with their exception case unresolved.',
    type: [AmountCountDto],
  })
  blocked: AmountCountDto[];

  @ApiProperty({ description: 'Unresolved billing cases by reason.', type: [ReasonCountDto] })
  openExceptions: ReasonCountDto[];

  @ApiPropertyOptional({
    description:
      'Invoice sync delay over the last 24 h, median: a billing event made → its ERP invoice confirmed, in seconds.',
    example: 1.8,
  })
  invoiceSyncP50Seconds?: number;

  @ApiPropertyOptional({ description: 'The same delay, 90th percentile.', example: 4.2 })
  invoiceSyncP90Seconds?: number;

  @ApiProperty({
    description:
      'Overdue invoices by legal entity and currency: due date passed (UTC), amount still due.',
    type: [OverdueAmountDto],
  })
  overdue: OverdueAmountDto[];

  @ApiProperty({
    description: 'Days sales outstanding by legal entity and currency.',
    type: [DaysSalesOutstandingDto],
  })
  daysSalesOutstanding: DaysSalesOutstandingDto[];
}
