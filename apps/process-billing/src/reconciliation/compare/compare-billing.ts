import { Money, divideRounded } from '@p2c/canonical';
import { Difference, missing } from './difference';
import type { FigureSheet } from './figure-sheet';
import type { Measure } from './measure';
import type { BilledEvent, ErpInvoice } from './project-sides';

/** What one billing event bills of one type: its items of the period (or, for a fee, its net). */
export interface BilledShare {
  event: BilledEvent;
  measure: Measure;
  count: number;
}

/**
 * Billed against invoiced and paid, event by event. An invoiced event's share counts as invoiced
 * when the ERP holds its invoice, not voided, with the event's net; otherwise it is missing from
 * the invoices. Paid is that share of what the ERP says was paid, pro rata to the invoice's
 * total; its count is the items (or fees) whose invoice is paid in full. An event not invoiced
 * yet (on its way, or failed with a case of its own) is no difference.
 */
export function compareBilling(
  shares: readonly BilledShare[],
  invoices: ReadonlyMap<string, ErpInvoice | null>,
  figures: FigureSheet,
): Difference[] {
  const differences: Difference[] = [];
  for (const { event, measure, count } of shares) {
    figures.add('billed', measure, count);
    if (event.status !== 'invoiced') continue;
    const checked = check(event, invoices.get(event.id) ?? null);
    if ('problem' in checked) {
      differences.push(
        missing(
          { comparison: 'billed-invoiced', entry: event.id, detail: checked.problem },
          measure,
        ),
      );
      continue;
    }
    const invoice = checked.agrees;
    figures.add('invoiced', measure, count);
    const paid = Money.fromJson(invoice.amountPaid);
    const total = Money.fromJson(invoice.total);
    figures.add(
      'paid',
      { amount: measure.amount && share(measure.amount, paid, total) },
      invoice.status === 'PAID' ? count : 0,
    );
  }
  return differences;
}

/** The ERP's invoice of an invoiced event, if it agrees with the event; else why not. */
function check(
  event: BilledEvent,
  invoice: ErpInvoice | null,
): { agrees: ErpInvoice } | { problem: string } {
  const net = Money.fromMinor(event.netMinor, event.currency);
  if (!invoice)
    return {
      problem: event.invoiceNumber
        ? `the ERP has no invoice ${event.invoiceNumber}`
        : 'the ERP has no invoice of the billing event',
    };
  if (invoice.status === 'VOIDED')
    return { problem: `the ERP's invoice ${invoice.number} is voided` };
  const invoiced = Money.fromJson(invoice.net);
  if (!invoiced.equals(net))
    return {
      problem: `the ERP's invoice ${invoice.number} nets ${invoiced.toString()}, the billing event ${net.toString()}`,
    };
  return { agrees: invoice };
}

/** `part × paid ÷ total`, half away from zero to the minor unit. */
function share(part: Money, paid: Money, total: Money): Money {
  if (total.isZero()) return Money.zero(part.currency);
  return Money.fromMinor(divideRounded(part.minor * paid.minor, total.minor), part.currency);
}
