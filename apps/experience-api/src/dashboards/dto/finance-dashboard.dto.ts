import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DaysSalesOutstandingDto } from './days-sales-outstanding.dto';
import { EventTotalDto } from './event-total.dto';
import { InvoiceSyncDelayDto } from './invoice-sync-delay.dto';
import { OpenExceptionsDto } from './open-exceptions.dto';
import { OverdueInvoicesDto } from './overdue-invoices.dto';
import { PostingSuccessDto } from './posting-success.dto';
import { ReadinessLagDto } from './readiness-lag.dto';
import { UnbilledDto } from './unbilled.dto';
import { UnpostedTimeDto } from './unposted-time.dto';

/**
 * Finance operations' dashboard: process-time's and process-billing's figures (and every process
 * app's exceptions) read side by side at `asOf`. Money is exact, per currency, never summed
 * across currencies.
 */
export class FinanceDashboardDto {
  @ApiProperty({
    description:
      'When the process APIs were read: the same reading answers for DASHBOARD_CACHE_MS.',
    example: '2026-12-03T09:15:00.000Z',
  })
  asOf: string;

  @ApiProperty({ description: 'Approved but not posted time and expenses.', type: UnpostedTimeDto })
  unposted: UnpostedTimeDto;

  @ApiProperty({ description: 'Posting success rate.', type: PostingSuccessDto })
  postingSuccess: PostingSuccessDto;

  @ApiPropertyOptional({
    description:
      'Unbilled billable amount; absent while process-billing has never managed to read it.',
    type: UnbilledDto,
  })
  unbilled?: UnbilledDto;

  @ApiProperty({
    description: 'Blocked billing events (failed, their case unresolved) per currency.',
    type: [EventTotalDto],
  })
  blockedBillingEvents: EventTotalDto[];

  @ApiProperty({
    description: 'Billing events waiting for finance’s approval per currency.',
    type: [EventTotalDto],
  })
  pendingApproval: EventTotalDto[];

  @ApiProperty({
    description: 'Invoice readiness lag (posted → invoiced) by legal entity.',
    type: [ReadinessLagDto],
  })
  invoiceReadinessLag: ReadinessLagDto[];

  @ApiProperty({
    description: 'Invoice sync delay (released → in the ERP) by legal entity, last 24 h.',
    type: [InvoiceSyncDelayDto],
  })
  invoiceSyncDelay: InvoiceSyncDelayDto[];

  @ApiProperty({
    description: 'Overdue invoices by legal entity and currency.',
    type: [OverdueInvoicesDto],
  })
  overdueInvoices: OverdueInvoicesDto[];

  @ApiProperty({
    description: 'Days sales outstanding by legal entity and currency.',
    type: [DaysSalesOutstandingDto],
  })
  daysSalesOutstanding: DaysSalesOutstandingDto[];

  @ApiProperty({
    description: 'Unresolved exceptions of every process app by reason and age.',
    type: [OpenExceptionsDto],
  })
  exceptions: OpenExceptionsDto[];
}
