import { Money } from '@p2c/canonical';
import type { SystemErpApi } from '@p2c/clients';
import type { BillingEvent, InvoicePaymentStatus } from '@p2c/persistence';

type ErpInvoice = SystemErpApi.SchemaErpInvoiceDto;
type ErpPayment = SystemErpApi.SchemaErpInvoicePaymentDto;

/** Where an invoice stands with the customer: what the payment sync compares and records. */
export interface InvoiceStanding {
  paymentStatus: InvoicePaymentStatus;
  amountPaidMinor: number;
  amountDueMinor: number;
  dueDate: string | null;
  /** the day the payment that settled it was received; null while it is not paid */
  paidOn: string | null;
}

/** The standing a billing event has recorded (an invoice never read again is due in full). */
export function recordedStanding(event: BillingEvent): InvoiceStanding {
  const total = event.invoiceTotalMinor ?? event.netMinor + event.taxMinor;
  return {
    paymentStatus: event.paymentStatus,
    amountPaidMinor: event.amountPaidMinor,
    amountDueMinor: event.amountDueMinor ?? total - event.amountPaidMinor,
    dueDate: event.dueDate,
    paidOn: event.paidOn,
  };
}

/**
 * The standing the ERP answers. `payments` are read only when the amount paid moved; without
 * them, the recorded paid date stands.
 */
export function erpStanding(
  invoice: ErpInvoice,
  payments: readonly ErpPayment[] | undefined,
  recorded: InvoiceStanding,
): InvoiceStanding {
  const paid = invoice.status === 'PAID';
  const lastPayment = payments?.map((payment) => payment.date).sort((a, b) => b.localeCompare(a));
  return {
    paymentStatus: invoice.status,
    amountPaidMinor: Money.fromJson(invoice.amountPaid).toMinorNumber(),
    amountDueMinor: Money.fromJson(invoice.amountDue).toMinorNumber(),
    dueDate: invoice.dueDate ?? recorded.dueDate,
    paidOn: paid ? (lastPayment?.[0] ?? recorded.paidOn) : null,
  };
}

export function standingChanged(before: InvoiceStanding, after: InvoiceStanding): boolean {
  return (Object.keys(before) as (keyof InvoiceStanding)[]).some(
    (field) => before[field] !== after[field],
  );
}

/** One ERP payment applied to an invoice, in minor units. */
export interface AppliedPayment {
  erpId: string;
  number: string;
  date: string;
  amountMinor: number;
}

/** The payments of one invoice, one per ERP payment (one applied in several lines, summed). */
export function paymentsByErpId(payments: readonly ErpPayment[]): AppliedPayment[] {
  const byId = new Map<string, AppliedPayment>();
  for (const { erpId, number, date, amount } of payments) {
    const amountMinor = Money.fromJson(amount).toMinorNumber();
    const seen = byId.get(erpId);
    if (seen) seen.amountMinor += amountMinor;
    else byId.set(erpId, { erpId, number, date, amountMinor });
  }
  return [...byId.values()];
}
