import { Injectable, Logger } from '@nestjs/common';
import { Counter, Histogram } from 'prom-client';
import { DataSource } from 'typeorm';
import { metricOnce } from '@p2c/observability';
import { BillingEvent } from '@p2c/persistence';
import type { InvoiceOutcome } from '../invoicing/invoice-event.use-case';

/** How a try at an ERP document ended, as the counters name it. */
const OUTCOMES: Record<Exclude<InvoiceOutcome, 'already-done'>, string> = {
  invoiced: 'raised',
  refused: 'refused',
  'gave-up': 'given_up',
};

const documentCounter = (name: string, what: string) =>
  new Counter({
    name,
    help: `${what} by legal entity and outcome: raised in the ERP, refused by it (the work is billed again later), given up after the last attempt (an exception waits)`,
    labelNames: ['legal_entity', 'outcome'],
  });

/**
 * Billing's counters, as this process sees things happen: ERP invoices and credit memos by
 * outcome, finance's approval decisions, and the invoice sync delay (a billing event released —
 * made, or approved — to its document confirmed by the ERP). The gauges are read from Postgres at
 * each scrape (BillingGauges).
 */
@Injectable()
export class BillingMetrics {
  private readonly logger = new Logger(BillingMetrics.name);

  private readonly invoices = metricOnce('p2c_billing_invoices_total', (name) =>
    documentCounter(name, 'ERP invoices'),
  );

  private readonly creditMemos = metricOnce('p2c_billing_credit_memos_total', (name) =>
    documentCounter(name, 'ERP credit memos'),
  );

  private readonly decisions = metricOnce(
    'p2c_billing_approval_decisions_total',
    (name) =>
      new Counter({
        name,
        help: 'Billing events above their threshold approved or rejected by finance, by legal entity and decision',
        labelNames: ['legal_entity', 'decision'],
      }),
  );

  private readonly syncSeconds = metricOnce(
    'p2c_billing_invoice_sync_seconds',
    (name) =>
      new Histogram({
        name,
        help: 'From a billing event released (made, or approved) to its ERP invoice or credit memo confirmed, by legal entity',
        labelNames: ['legal_entity'],
        buckets: [0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600],
      }),
  );

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts how a try at an event's document ended (a try that found it done counts nothing).
   * Reads the committed event; a failure to read is logged and never fails the job.
   */
  async invoiceTried(eventId: string, outcome: InvoiceOutcome): Promise<void> {
    if (outcome === 'already-done') return;
    try {
      const event = await this.dataSource.getRepository(BillingEvent).findOneOrFail({
        where: { id: eventId },
        select: {
          id: true,
          legalEntity: true,
          document: true,
          createdAt: true,
          decidedAt: true,
          invoicedAt: true,
        },
      });
      const labels = { legal_entity: event.legalEntity, outcome: OUTCOMES[outcome] };
      (event.document === 'credit_memo' ? this.creditMemos : this.invoices).inc(labels);
      if (outcome === 'invoiced' && event.invoicedAt) {
        const released = event.decidedAt ?? event.createdAt;
        this.syncSeconds.observe(
          { legal_entity: event.legalEntity },
          Math.max(0, (event.invoicedAt.getTime() - released.getTime()) / 1000),
        );
      }
    } catch (error) {
      this.logger.warn(
        `billing event ${eventId} not counted: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  decided(legalEntity: string, decision: 'approved' | 'rejected'): void {
    this.decisions.inc({ legal_entity: legalEntity, decision });
  }
}
