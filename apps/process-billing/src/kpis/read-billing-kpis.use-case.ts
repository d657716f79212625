import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Money } from '@p2c/canonical';
import { readOpenExceptions, sqlRows } from '@p2c/flow';
import type { AmountCountDto } from './dto/amount-count.dto';
import type { BillingKpisDto } from './dto/billing-kpis.dto';
import { BILLING_FLOW } from '../runs/billing-flow';
import { ReadInvoiceLags } from './read-invoice-lags';
import { ReadReceivables } from './read-receivables';
import { UnbilledWorkCache } from './unbilled-work-cache';

const UNRESOLVED = `x.status NOT IN ('resolved', 'dismissed')`;

/**
 * Billing's figures, read from its own tables in one go, with the unbilled amount as last read
 * from process-time (see UnbilledWorkCache).
 */
@Injectable()
export class ReadBillingKpisUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly receivables: ReadReceivables,
    private readonly lags: ReadInvoiceLags,
    private readonly unbilled: UnbilledWorkCache,
  ) {}

  async execute(): Promise<BillingKpisDto> {
    const manager = this.dataSource.manager;
    const [
      runs,
      events,
      invoiced,
      blocked,
      pendingApproval,
      reasons,
      sync,
      readiness,
      overdue,
      dso,
      unbilled,
    ] = await Promise.all([
      sqlRows<{ status: string; count: number }>(
        manager,
        `SELECT status, count(*)::int AS count FROM billing_runs GROUP BY status ORDER BY status`,
      ),
      sqlRows<{ status: string; count: number }>(
        manager,
        `SELECT status, count(*)::int AS count FROM billing_events GROUP BY status ORDER BY status`,
      ),
      sqlRows<AmountRow>(
        manager,
        `SELECT currency, count(*)::int AS events, sum(coalesce(invoice_net_minor, net_minor))::text AS net
           FROM billing_events WHERE status = 'invoiced' GROUP BY currency ORDER BY currency`,
      ),
      sqlRows<AmountRow>(
        manager,
        `SELECT e.currency, count(*)::int AS events, sum(e.net_minor)::text AS net
           FROM billing_events e JOIN exceptions x ON x.id = e.exception_id
          WHERE e.status = 'failed' AND ${UNRESOLVED}
          GROUP BY e.currency ORDER BY e.currency`,
      ),
      sqlRows<AmountRow>(
        manager,
        `SELECT currency, count(*)::int AS events, sum(net_minor)::text AS net
           FROM billing_events WHERE status = 'pending_approval' GROUP BY currency ORDER BY currency`,
      ),
      readOpenExceptions(manager, BILLING_FLOW),
      this.lags.syncDelay(manager),
      this.lags.readiness(manager),
      this.receivables.overdue(manager),
      this.receivables.daysSalesOutstanding(manager),
      this.unbilled.current(),
    ]);
    return {
      runs,
      events,
      invoiced: invoiced.map(amountView),
      blocked: blocked.map(amountView),
      pendingApproval: pendingApproval.map(amountView),
      unbilled,
      readinessLag: readiness,
      openExceptions: reasons,
      invoiceSyncP50Seconds: sync.p50Seconds,
      invoiceSyncP90Seconds: sync.p90Seconds,
      invoiceSync: sync.byLegalEntity,
      overdue,
      daysSalesOutstanding: dso,
    };
  }
}

interface AmountRow {
  currency: string;
  events: number;
  net: string;
}

function amountView(row: AmountRow): AmountCountDto {
  return { events: row.events, net: Money.fromMinor(BigInt(row.net), row.currency).toJSON() };
}
