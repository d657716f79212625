import { EntityManager } from 'typeorm';
import { Money } from '@p2c/canonical';
import { sqlRows } from '@p2c/flow';
import type { BillingEvent } from '@p2c/persistence';
import type { BillingEventDto } from '../runs/dto/billing-event.dto';

/**
 * Billing events as the API shows them, with their item counts and whose project each bills
 * (read through `manager`).
 */
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
  const owners = await sqlRows<Owner & { project: string }>(
    manager,
    `SELECT project, customer, partner FROM billing_projects WHERE project = ANY($1)`,
    [[...new Set(events.map((event) => event.project))]],
  );
  const items = new Map(counts.map((row) => [row.event, row.items]));
  const ownerOf = new Map(owners.map((row) => [row.project, row]));
  return events.map((event) =>
    billingEventView(event, items.get(event.id) ?? 0, ownerOf.get(event.project)),
  );
}

/** Whose project it is: the customer and its partner. */
interface Owner {
  customer: string | null;
  partner: string | null;
}

/** Once the ERP holds the document, its own amounts; before, the ones the gateway expects. */
function billingEventView(event: BillingEvent, items: number, owner?: Owner): BillingEventDto {
  const money = (minor: number) => Money.fromMinor(minor, event.currency).toJSON();
  const invoiced = event.status === 'invoiced';
  const net = invoiced ? (event.invoiceNetMinor ?? event.netMinor) : event.netMinor;
  const tax = invoiced ? (event.invoiceTaxMinor ?? event.taxMinor) : event.taxMinor;
  return {
    billingEvent: event.id,
    run: event.runId,
    project: event.project,
    customer: owner?.customer ?? undefined,
    partner: owner?.partner ?? undefined,
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
    invoicedAt: event.invoicedAt?.toISOString(),
    dueDate: event.dueDate ?? undefined,
    paymentStatus: event.paymentStatus,
    amountPaid: money(event.amountPaidMinor),
    amountDue: event.amountDueMinor === null ? undefined : money(event.amountDueMinor),
    paidOn: event.paidOn ?? undefined,
    creditedEvent: event.creditedEventId ?? undefined,
    decidedBy: event.decidedBy ?? undefined,
    decidedAt: event.decidedAt?.toISOString(),
    rejectionReason: event.rejectionReason ?? undefined,
    exception: event.exceptionId ?? undefined,
    lastError: event.lastError ?? undefined,
  };
}
