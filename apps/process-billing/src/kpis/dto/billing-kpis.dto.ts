import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OpenExceptionsDto } from '@p2c/flow';
import { AmountCountDto } from './amount-count.dto';
import { DaysSalesOutstandingDto } from './days-sales-outstanding.dto';
import { InvoiceSyncDelayDto } from './invoice-sync-delay.dto';
import { OverdueAmountDto } from './overdue-amount.dto';
import { ReadinessLagDto } from './readiness-lag.dto';
import { StatusCountDto } from './status-count.dto';
import { UnbilledWorkDto } from './unbilled-work.dto';

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

  @ApiProperty({
    description:
      'Billing events waiting for finance’s approval (above their legal entity’s threshold) per currency.',
    type: [AmountCountDto],
  })
  pendingApproval: AmountCountDto[];

  @ApiPropertyOptional({
    description:
      'The unbilled billable amount by legal entity and age; absent while it has never been read (process-time or the ERP not answering).',
    type: UnbilledWorkDto,
  })
  unbilled?: UnbilledWorkDto;

  @ApiProperty({
    description:
      'Invoice readiness lag by legal entity: a posting taken by the ERP → the invoice billing it confirmed, over the invoices of the last BILLING_READINESS_WINDOW_DAYS.',
    type: [ReadinessLagDto],
  })
  readinessLag: ReadinessLagDto[];

  @ApiProperty({
    description: 'Unresolved billing cases by reason and age.',
    type: [OpenExceptionsDto],
  })
  openExceptions: OpenExceptionsDto[];

  @ApiPropertyOptional({
    description:
      'Invoice sync delay over the last 24 h, median: a billing event released (made, or approved) → its ERP document confirmed, in seconds.',
    example: 1.8,
  })
  invoiceSyncP50Seconds?: number;

  @ApiPropertyOptional({ description: 'The same delay, 90th percentile.', example: 4.2 })
  invoiceSyncP90Seconds?: number;

  @ApiProperty({
    description: 'The same delay by legal entity.',
    type: [InvoiceSyncDelayDto],
  })
  invoiceSync: InvoiceSyncDelayDto[];

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
