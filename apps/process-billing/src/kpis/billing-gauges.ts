import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { Money } from '@p2c/canonical';
import { sqlRows } from '@p2c/flow';
import { metricOnce } from '@p2c/observability';
import { BILLING_EVENT_STATUSES } from '@p2c/persistence';

/** Billing events of one legal entity and currency: how many of each status, and the net pending approval. */
interface EventRow {
  legalEntity: string;
  currency: string;
  byStatus: Record<string, number>;
  pendingApproval: string;
}

const EVENTS = `
  SELECT legal_entity AS "legalEntity", currency,
         jsonb_object_agg(status, events) AS "byStatus",
         coalesce(sum(net) FILTER (WHERE status = 'pending_approval'), 0)::text AS "pendingApproval"
    FROM (SELECT legal_entity, currency, status, count(*)::int AS events, sum(net_minor) AS net
            FROM billing_events GROUP BY legal_entity, currency, status) grouped
   GROUP BY legal_entity, currency`;

/** The app instances whose database the gauges read, latest last (tests host several apps). */
const sources: BillingGauges[] = [];

async function latestRows(): Promise<EventRow[]> {
  return (await sources.at(-1)?.rows()) ?? [];
}

/**
 * Gauges read from Postgres at each scrape, so every replica reports the same: billing events by
 * legal entity and status (every status of an entity that has events, zeros included), and the
 * net pending finance's approval by legal entity and currency. One grouped query over
 * billing_events serves a scrape: the registry collects every gauge at once, and they share the
 * read under way.
 */
@Injectable()
export class BillingGauges implements OnModuleInit, OnModuleDestroy {
  private reading?: Promise<EventRow[]>;

  constructor(private readonly dataSource: DataSource) {
    metricOnce(
      'p2c_billing_events',
      (name) =>
        new Gauge({
          name,
          help: 'Billing events by legal entity and status (pending_approval, pending, invoiced, failed, rejected)',
          labelNames: ['legal_entity', 'status'],
          async collect() {
            const rows = await latestRows();
            this.reset();
            for (const row of rows)
              for (const status of BILLING_EVENT_STATUSES)
                this.inc({ legal_entity: row.legalEntity, status }, row.byStatus[status] ?? 0);
          },
        }),
    );
    metricOnce(
      'p2c_billing_pending_approval_amount',
      (name) =>
        new Gauge({
          name,
          help: 'Net of the billing events waiting for finance’s approval, by legal entity and currency (major units)',
          labelNames: ['legal_entity', 'currency'],
          async collect() {
            const rows = await latestRows();
            this.reset();
            for (const row of rows)
              this.set(
                { legal_entity: row.legalEntity, currency: row.currency },
                Number(Money.fromMinor(BigInt(row.pendingApproval), row.currency).toDecimal()),
              );
          },
        }),
    );
  }

  onModuleInit(): void {
    sources.push(this);
  }

  onModuleDestroy(): void {
    sources.splice(sources.indexOf(this), 1);
  }

  /** The rows, read once for the gauges collected together; none if they cannot be read. */
  rows(): Promise<EventRow[]> {
    this.reading ??= sqlRows<EventRow>(this.dataSource.manager, EVENTS)
      .catch(() => [])
      .finally(() => (this.reading = undefined));
    return this.reading;
  }
}
