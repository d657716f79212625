import { Money } from '@p2c/canonical';
import type { SystemPsaApi } from '@p2c/clients';
import type { BillingEvent, BillingEventItem } from '@p2c/persistence';

export type PsaInvoiceBody = SystemPsaApi.SchemaUpsertPsaInvoiceDto;

/** What a PSA invoice is made of: the billing event and the PSA sources of its items. */
export type PsaBilledItem = Pick<BillingEventItem, 'kind' | 'sourceSystem' | 'sourceId'>;

/**
 * A billing event's invoice as the PSA is told it: the ERP's number and amounts, where it stands
 * with the customer (status, amount paid, due date), and the PSA time entries and expenses it
 * bills (linked when the PSA first records it; items without a PSA source are left out).
 */
export function psaInvoiceOf(event: BillingEvent, items: readonly PsaBilledItem[]): PsaInvoiceBody {
  const money = (minor: number) => Money.fromMinor(minor, event.currency).toJSON();
  const sources = (kind: PsaBilledItem['kind']) =>
    items
      .filter((item) => item.kind === kind && item.sourceSystem === 'psa' && item.sourceId)
      .map((item) => item.sourceId!)
      .sort();
  return {
    project: event.project,
    number: event.invoiceNumber ?? undefined,
    status: event.paymentStatus,
    issueDate: event.issueDate,
    dueDate: event.dueDate ?? undefined,
    net: money(event.invoiceNetMinor ?? event.netMinor),
    tax: money(event.invoiceTaxMinor ?? event.taxMinor),
    amountPaid: money(event.amountPaidMinor),
    timeEntries: sources('TIME'),
    expenses: sources('EXPENSE'),
  };
}
