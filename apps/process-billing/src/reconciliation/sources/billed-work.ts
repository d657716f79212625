import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sqlRows } from '@p2c/flow';
import type { BilledEvent, BilledItem } from '../compare/project-sides';

/** What billing holds of a legal entity's period, read from its own tables. */
export interface BilledPeriod {
  items: BilledItem[];
  events: BilledEvent[];
}

/**
 * The period's billing: the time and expense items billing postings of the period (whichever
 * run's event holds them), the events holding them, and the period's events of the other
 * billing models (a failed one of those bills nothing).
 */
@Injectable()
export class BilledWork {
  constructor(private readonly dataSource: DataSource) {}

  async of(legalEntity: string, period: string): Promise<BilledPeriod> {
    const manager = this.dataSource.manager;
    const items = await sqlRows<Omit<BilledItem, 'amountMinor'> & { amountMinor: string }>(
      manager,
      `SELECT i.billing_event_id AS "billingEvent", i.kind, i.posting_id AS "postingId",
              i.posted_version AS "postedVersion", i.minutes, i.amount_minor::text AS "amountMinor",
              i.currency
         FROM billing_event_items i JOIN billing_events e ON e.id = i.billing_event_id
        WHERE e.legal_entity = $1 AND i.accounting_period = $2 AND i.kind IN ('TIME', 'EXPENSE')
        ORDER BY i.posting_id, i.posted_version`,
      [legalEntity, period],
    );
    const events = await sqlRows<Omit<BilledEvent, 'netMinor'> & { netMinor: string }>(
      manager,
      `SELECT id, project, billing_model AS "billingModel", status, net_minor::text AS "netMinor",
              currency, invoice_number AS "invoiceNumber"
         FROM billing_events
        WHERE legal_entity = $1
          AND (id = ANY($3::uuid[])
               OR (period = $2 AND billing_model <> 'TIME_AND_MATERIALS' AND status <> 'failed'))
        ORDER BY project, created_at`,
      [legalEntity, period, [...new Set(items.map((item) => item.billingEvent))]],
    );
    return {
      items: items.map((item) => ({ ...item, amountMinor: BigInt(item.amountMinor) })),
      events: events.map((event) => ({ ...event, netMinor: BigInt(event.netMinor) })),
    };
  }
}
