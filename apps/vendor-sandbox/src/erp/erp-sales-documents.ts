import { formatMinor, isDecimal, minorToNumber, multiplyMinor, toMinor } from '@p2c/canonical';
import { StateRecord } from '../world/vendor-state';
import { ErpErrorCode, erpRejection } from './erp-errors';
import { INVOICE_STATUSES } from './erp-record-types';
import { ErpRef, ErpState } from './erp-state';
import { checkDate, checkOpenPeriod } from './erp-transaction-checks';

/** How the ERP's messages name a kind of sales document. */
interface DocumentKind {
  name: string;
  /** the name with its article, starting a sentence */
  aName: string;
  /** what its number (`tranId`) starts with */
  numberPrefix: string;
}

const INVOICE: DocumentKind = { name: 'invoice', aName: 'An invoice', numberPrefix: 'INV' };
const CREDIT_MEMO: DocumentKind = {
  name: 'credit memo',
  aName: 'A credit memo',
  numberPrefix: 'CM',
};

/** What every sales document is once priced: its fields as the ERP fills them, and its sums. */
interface PricedDocument {
  fields: StateRecord;
  customerId: string | undefined;
  currency: ErpRef | null;
  total: bigint;
}

/**
 * Invoices and credit memos: one set of rules for both, as the ERP has them. A document is for a
 * customer, through a job of theirs or directly; the customer must be active, the currency the
 * job's (or the customer's), the date in an open period of the subsidiary. Each line is
 * `quantity × rate` (or its `amount`), the subtotal their sum, the tax the subsidiary's rate on
 * the subtotal, half away from zero to the cent. An invoice then tracks what has been paid on it;
 * a credit memo credits a positive total, optionally against an invoice of the same customer.
 */
export class ErpSalesDocuments {
  constructor(private readonly state: ErpState) {}

  invoice(record: StateRecord, creating: boolean): StateRecord {
    const { fields, total } = this.price(record, INVOICE);
    const paid = creating ? 0n : toMinor(Number(record.amountPaid ?? 0));
    if (paid > total)
      throw erpRejection(
        ErpErrorCode.INVALID_PAYMENT_AMOUNT,
        `The invoice total ${formatMinor(total)} is below the amount already paid.`,
        'item',
      );
    return {
      ...fields,
      amountPaid: minorToNumber(paid),
      amountRemaining: minorToNumber(total - paid),
      status: { ...invoiceStatus(total, paid) },
    };
  }

  /** Nothing applies a credit memo yet: all of it remains to apply. */
  creditMemo(record: StateRecord): StateRecord {
    const { fields, customerId, currency, total } = this.price(record, CREDIT_MEMO);
    if (total <= 0n)
      throw erpRejection(
        ErpErrorCode.USER_ERROR,
        'A credit memo must credit an amount above zero.',
        'item',
      );
    const credited = record.createdFrom as ErpRef | null | undefined;
    if (credited) {
      const invoice = this.state.get('invoice', credited.id)!;
      if (this.customerIdOf(invoice) !== customerId)
        throw erpRejection(
          ErpErrorCode.USER_ERROR,
          `Invoice ${String(invoice.tranId)} is not this customer's.`,
          'createdFrom',
        );
      if ((invoice.currency as ErpRef | null)?.id !== currency?.id)
        throw erpRejection(
          ErpErrorCode.CURRENCY_MISMATCH,
          'A credit memo credits only an invoice in its own currency.',
          'createdFrom',
        );
    }
    return { ...fields, amountRemaining: minorToNumber(total) };
  }

  /** The invoice after `amount` of a payment was applied to it. */
  withPayment(invoice: StateRecord, amount: bigint): StateRecord {
    const total = toMinor(Number(invoice.total));
    const paid = toMinor(Number(invoice.amountPaid)) + amount;
    return {
      ...invoice,
      amountPaid: minorToNumber(paid),
      amountRemaining: minorToNumber(total - paid),
      status: { ...invoiceStatus(total, paid) },
    };
  }

  /** The ERP id of the customer a sales document is for (its job's customer, if it names a job). */
  customerIdOf(document: StateRecord): string {
    const entity = document.entity as ErpRef;
    const job = this.state.get('job', ((document.job as ErpRef | null) ?? entity).id);
    return job ? (job.parent as ErpRef).id : entity.id;
  }

  private price(record: StateRecord, kind: DocumentKind): PricedDocument {
    const entity = record.entity as ErpRef;
    const jobRef = (record.job as ErpRef | undefined | null) ?? undefined;
    const job = this.state.get('job', jobRef?.id ?? entity.id);
    const customer = this.state.get('customer', job ? (job.parent as ErpRef).id : entity.id);
    if (customer?.isInactive === true)
      throw erpRejection(ErpErrorCode.INACTIVE_REFERENCE, 'The customer is inactive.', 'entity');
    const owner = job ?? customer;
    const subsidiaryRef = (owner?.subsidiary ?? null) as ErpRef | null;
    const currency = (owner?.currency ?? null) as ErpRef | null;
    const given = record.currency as ErpRef | undefined | null;
    if (given && currency && given.id !== currency.id)
      throw erpRejection(
        ErpErrorCode.CURRENCY_MISMATCH,
        `The ${kind.name} currency must be the project's currency, ${currency.refName ?? currency.id}.`,
        'currency',
      );
    checkDate(record, 'tranDate', true);
    const period = checkOpenPeriod(this.state, subsidiaryRef, String(record.tranDate));

    const lines = (record.item as { items?: unknown } | null)?.items;
    if (!Array.isArray(lines) || lines.length === 0)
      throw erpRejection(ErpErrorCode.USER_ERROR, `${kind.aName} needs at least one line.`, 'item');
    let subtotal = 0n;
    const items = lines.map((line: unknown, index) => {
      const { fields, amount } = this.line(line, `item.items[${index}]`, kind);
      subtotal += amount;
      return fields;
    });
    const subsidiary = subsidiaryRef ? this.state.get('subsidiary', subsidiaryRef.id) : undefined;
    const taxRate = String(subsidiary?.taxRate ?? '0');
    const taxTotal = multiplyMinor(subtotal, taxRate);
    const total = subtotal + taxTotal;
    return {
      fields: {
        ...record,
        tranId: record.tranId ?? `${kind.numberPrefix}${String(record.id)}`,
        subsidiary: subsidiaryRef,
        currency,
        postingPeriod: period ? this.state.ref('accountingPeriod', period) : null,
        item: { items },
        taxRate,
        subtotal: minorToNumber(subtotal),
        taxTotal: minorToNumber(taxTotal),
        total: minorToNumber(total),
      },
      customerId: customer ? String(customer.id) : undefined,
      currency,
      total,
    };
  }

  private line(
    line: unknown,
    path: string,
    kind: DocumentKind,
  ): { fields: StateRecord; amount: bigint } {
    if (typeof line !== 'object' || line === null)
      throw erpRejection(ErpErrorCode.USER_ERROR, `${kind.aName} line must be an object.`, path);
    const { quantity = 1, rate, amount } = line as StateRecord;
    if (!isDecimal(quantity))
      throw erpRejection(ErpErrorCode.USER_ERROR, 'quantity must be a number.', `${path}.quantity`);
    let amountMinor: bigint;
    if (rate !== undefined && rate !== null) {
      if (!isDecimal(rate))
        throw erpRejection(ErpErrorCode.USER_ERROR, 'rate must be a number.', `${path}.rate`);
      amountMinor = multiplyMinor(toMinor(rate), quantity);
    } else if (isDecimal(amount)) amountMinor = toMinor(amount);
    else
      throw erpRejection(
        ErpErrorCode.USER_ERROR,
        'Please enter value(s) for: rate or amount.',
        `${path}.rate`,
      );
    return {
      fields: { ...(line as StateRecord), quantity, amount: minorToNumber(amountMinor) },
      amount: amountMinor,
    };
  }
}

function invoiceStatus(total: bigint, paid: bigint) {
  if (paid <= 0n) return INVOICE_STATUSES.open;
  return paid >= total ? INVOICE_STATUSES.paidInFull : INVOICE_STATUSES.partiallyPaid;
}
