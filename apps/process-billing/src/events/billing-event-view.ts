import { EntityManager } from 'typeorm';
import { Money } from '@p2c/canonical';
import { sqlRows } from '@p2c/flow';
import type { BillingEvent } from '@p2c/persistence';
import type { BillingEventDto } from '../runs/dto/billing-event.dto';

/** Billing events as the API shows them, with their item counts (read through `manager`). */
export async function billingEventViews(
  manager: EntityManager,
  events: readonly BillingEvent[],
): Promise<BillingEventDto[]> {
  const counts = await sqlRows<{ event: string; items: number }>(
    manager,
    `SELECT billing_event_id AS event, count(*)::int AS items FROM billing_event_items
      WHERE billing_event_id = ANY($1) GROUP BY billing_event_id`,
    [events.map((event) => event.id)],
  );
  const items = new Map(counts.map((row) => [row.event, row.items]));
  return events.map((event) => billingEventView(event, items.get(event.id) ?? 0));
}

/** Once the ERP holds the document, its own amounts; before, the ones the gateway expects. */
function billingEventView(event: BillingEvent, items: number): BillingEventDto {
  const money = (minor: number) => Money.fromMinor(minor, event.currency).toJSON();
  const invoiced = event.status === 'invoiced';
  const net = invoiced ? (event.invoiceNetMinor ?? event.netMinor) : event.netMinor;
  const tax = invoiced ? (event.invoiceTaxMinor ?? event.taxMinor) : event.taxMinor;
  return {
    billingEvent: event.id,
    run: event.runId,
    project: event.project,
    legalEntity: event.legalEntity,
    period: event.period,
    billingModel: event.billingModel,
    document: event.document,
    status: event.status,
    items,
    net: money(net),
    tax: money(tax),
    total: money(invoiced ? (event.invoiceTotalMinor ?? net + tax) : net + tax),
    invoiceNumber: event.invoiceNumber ?? undefined,
    invoiceErpId: event.invoiceErpId ?? undefined,
    issueDate: event.issueDate,
    creditedEvent: event.creditedEventId ?? undefined,
    decidedBy: event.decidedBy ?? undefined,
    decidedAt: event.decidedAt?.toISOString(),
    rejectionReason: event.rejectionReason ?? undefined,
    exception: event.exceptionId ?? undefined,
    lastError: event.lastError ?? undefined,
  };
}
