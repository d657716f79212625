import { isDecimal, minorToNumber, toMinor } from '@p2c/canonical';
import { StateRecord } from '../world/vendor-state';
import { ErpErrorCode, erpRejection } from './erp-errors';
import {
  ErpRecordType,
  JOB_STATUSES,
  JOB_STATUS_IN_PROGRESS,
  JOB_STATUS_PENDING,
  TIME_APPROVAL_STATUSES,
} from './erp-record-types';
import { ErpSalesDocuments } from './erp-sales-documents';
import { ErpRef, ErpState } from './erp-state';
import { checkDate, checkOpenPeriod } from './erp-transaction-checks';

interface FieldRules {
  writable: string[];
  required: string[];
  /** reference fields and the record types they may point at */
  refs: Record<string, ErpRecordType[]>;
  defaults?: StateRecord;
}

/** What invoices and credit memos share (see ErpSalesDocuments). */
const SALES_DOCUMENT_RULES: FieldRules = {
  writable: [
    'entity',
    'job',
    'tranDate',
    'currency',
    'department',
    'class',
    'memo',
    'otherRefNum',
    'item',
    'externalId',
  ],
  required: ['entity', 'tranDate', 'item'],
  refs: {
    entity: ['customer', 'job'],
    job: ['job'],
    currency: ['currency'],
    department: ['department'],
    class: ['classification'],
  },
};
const SALES_DOCUMENT_TOTALS = [
  'tranId',
  'subsidiary',
  'postingPeriod',
  'taxRate',
  'subtotal',
  'taxTotal',
  'total',
];

const RULES: Record<ErpRecordType, FieldRules> = {
  subsidiary: {
    writable: ['name', 'legalName', 'country', 'currency', 'taxRate', 'isInactive', 'externalId'],
    required: ['name', 'currency'],
    refs: { currency: ['currency'] },
    defaults: { isInactive: false, taxRate: '0.00' },
  },
  department: {
    writable: ['name', 'subsidiary', 'isInactive', 'externalId'],
    required: ['name'],
    refs: { subsidiary: ['subsidiary'] },
    defaults: { isInactive: false },
  },
  classification: {
    writable: ['name', 'isInactive', 'externalId'],
    required: ['name'],
    refs: {},
    defaults: { isInactive: false },
  },
  currency: {
    writable: ['name', 'symbol', 'isInactive', 'externalId'],
    required: ['name', 'symbol'],
    refs: {},
    defaults: { isInactive: false },
  },
  accountingPeriod: {
    writable: ['periodName', 'startDate', 'endDate', 'closed', 'subsidiary', 'externalId'],
    required: ['periodName', 'startDate', 'endDate', 'subsidiary'],
    refs: { subsidiary: ['subsidiary'] },
    defaults: { closed: false },
  },
  customer: {
    writable: [
      'entityId',
      'companyName',
      'subsidiary',
      'currency',
      'vatRegNumber',
      'email',
      'comments',
      'isInactive',
      'externalId',
    ],
    required: ['companyName', 'subsidiary'],
    refs: { subsidiary: ['subsidiary'], currency: ['currency'] },
    defaults: { isInactive: false },
  },
  job: {
    writable: [
      'entityId',
      'companyName',
      'parent',
      'subsidiary',
      'currency',
      'entityStatus',
      'jobType',
      'startDate',
      'projectedEndDate',
      'department',
      'class',
      'comments',
      'isInactive',
      'externalId',
    ],
    required: ['companyName', 'parent', 'subsidiary'],
    refs: {
      parent: ['customer'],
      subsidiary: ['subsidiary'],
      currency: ['currency'],
      department: ['department'],
      class: ['classification'],
    },
    defaults: { isInactive: false },
  },
  employee: {
    writable: [
      'entityId',
      'firstName',
      'lastName',
      'email',
      'title',
      'subsidiary',
      'department',
      'class',
      'isInactive',
      'externalId',
    ],
    required: ['entityId', 'subsidiary'],
    refs: { subsidiary: ['subsidiary'], department: ['department'], class: ['classification'] },
    defaults: { isInactive: false },
  },
  timeBill: {
    writable: [
      'employee',
      'customer',
      'item',
      'hours',
      'tranDate',
      'rate',
      'isBillable',
      'approvalStatus',
      'memo',
      'department',
      'class',
      'externalId',
    ],
    required: ['employee', 'customer', 'hours', 'tranDate'],
    refs: {
      employee: ['employee'],
      customer: ['job', 'customer'],
      department: ['department'],
      class: ['classification'],
    },
    defaults: { isBillable: true },
  },
  expenseReport: {
    writable: [
      'employee',
      'customer',
      'tranDate',
      'amount',
      'currency',
      'isBillable',
      'approvalStatus',
      'memo',
      'externalId',
    ],
    required: ['employee', 'customer', 'amount', 'tranDate'],
    refs: { employee: ['employee'], customer: ['job'], currency: ['currency'] },
    defaults: { isBillable: true },
  },
  invoice: {
    ...SALES_DOCUMENT_RULES,
    writable: [...SALES_DOCUMENT_RULES.writable, 'dueDate'],
  },
  creditMemo: {
    ...SALES_DOCUMENT_RULES,
    writable: [...SALES_DOCUMENT_RULES.writable, 'createdFrom'],
    refs: { ...SALES_DOCUMENT_RULES.refs, createdFrom: ['invoice'] },
  },
  customerPayment: {
    writable: ['customer', 'payment', 'tranDate', 'currency', 'memo', 'apply', 'externalId'],
    required: ['customer', 'payment', 'tranDate'],
    refs: { customer: ['customer'], currency: ['currency'] },
  },
};

/** Fields the ERP fills itself; readable (and queryable) but never written by a client. */
const DERIVED: Partial<Record<ErpRecordType, string[]>> = {
  job: ['dateCreated'],
  timeBill: ['subsidiary'],
  expenseReport: ['subsidiary'],
  invoice: [...SALES_DOCUMENT_TOTALS, 'amountPaid', 'amountRemaining', 'status'],
  creditMemo: [...SALES_DOCUMENT_TOTALS, 'amountRemaining'],
  customerPayment: ['tranId', 'applied', 'unapplied'],
};

/** Every field a record of the type can have, `id` first. */
export function erpFieldsOf(type: ErpRecordType): string[] {
  return ['id', ...RULES[type].writable, ...(DERIVED[type] ?? [])];
}

/** Fields a client may send back unchanged from a GET; they are ignored on writes. */
const IGNORED_FIELDS = new Set(['id', 'links', 'refName']);

/**
 * Creates and changes ERP records the way the ERP's REST API does: unknown fields and references
 * are refused, required fields enforced, and the business rules a real ERP applies (closed
 * periods, inactive references, projects that are not in progress, the tax of invoices and
 * credit memos, payment status) applied. Every refusal throws the ERP's error shape naming the
 * field.
 */
export class ErpRecordWriter {
  private readonly documents: ErpSalesDocuments;

  constructor(private readonly state: ErpState) {
    this.documents = new ErpSalesDocuments(state);
  }

  create(type: ErpRecordType, body: unknown): StateRecord {
    const fields = this.checkFields(type, body);
    const externalId = fields.externalId;
    if (typeof externalId === 'string' && this.state.byExternalId(type, externalId))
      throw erpRejection(
        ErpErrorCode.DUP_RCRD,
        `A ${type} record with external ID ${externalId} already exists.`,
        'externalId',
      );
    const id = this.state.newId(type);
    const record = this.normalize(type, { id, ...RULES[type].defaults }, fields, true);
    this.state.all(type).set(id, record);
    if (type === 'customerPayment') this.applyPayment(record);
    return record;
  }

  update(type: ErpRecordType, existing: StateRecord, body: unknown): StateRecord {
    if (type === 'customerPayment')
      throw erpRejection(ErpErrorCode.USER_ERROR, 'A recorded payment cannot be changed.');
    const fields = this.checkFields(type, body);
    const externalId = fields.externalId;
    if (typeof externalId === 'string') {
      const other = this.state.byExternalId(type, externalId);
      if (other && other.id !== existing.id)
        throw erpRejection(
          ErpErrorCode.DUP_RCRD,
          `A ${type} record with external ID ${externalId} already exists.`,
          'externalId',
        );
    }
    const record = this.normalize(type, existing, fields, false);
    this.state.all(type).set(String(existing.id), record);
    return record;
  }

  /** `PUT …/eid:{externalId}`: the record with that external id, changed or created. */
  upsert(type: ErpRecordType, externalId: string, body: unknown): StateRecord {
    const existing = this.state.byExternalId(type, externalId);
    const fields = { ...this.checkFields(type, body), externalId };
    if (!existing) return this.create(type, fields);
    if (type === 'customerPayment') return existing;
    return this.update(type, existing, fields);
  }

  private checkFields(type: ErpRecordType, body: unknown): StateRecord {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw erpRejection(ErpErrorCode.USER_ERROR, 'The request body must be a JSON object.');
    const fields: StateRecord = {};
    for (const [name, value] of Object.entries(body)) {
      if (IGNORED_FIELDS.has(name)) continue;
      if (!RULES[type].writable.includes(name))
        throw erpRejection(
          ErpErrorCode.INVALID_FIELD,
          `Invalid field ${name} for record type ${type}.`,
          name,
        );
      fields[name] = value;
    }
    return fields;
  }

  private normalize(
    type: ErpRecordType,
    base: StateRecord,
    fields: StateRecord,
    creating: boolean,
  ): StateRecord {
    const rules = RULES[type];
    const record: StateRecord = { ...base };
    for (const [name, value] of Object.entries(fields)) {
      const targets = rules.refs[name];
      if (targets && value !== null) {
        const { ref, target } = this.resolve(targets, value, name);
        if (target.isInactive === true)
          throw erpRejection(
            ErpErrorCode.INACTIVE_REFERENCE,
            `The ${name} ${ref.refName ?? ref.id} is inactive.`,
            name,
          );
        record[name] = ref;
      } else record[name] = value;
    }
    for (const name of rules.required)
      if (record[name] === undefined || record[name] === null || record[name] === '')
        throw erpRejection(ErpErrorCode.USER_ERROR, `Please enter value(s) for: ${name}.`, name);
    switch (type) {
      case 'job':
        return this.job(record, creating);
      case 'customer':
        return this.withCurrencyOf(record, 'subsidiary');
      case 'timeBill':
        return this.timeBill(record);
      case 'expenseReport':
        return this.expenseReport(record);
      case 'invoice':
        return this.documents.invoice(record, creating);
      case 'creditMemo':
        return this.documents.creditMemo(record);
      case 'customerPayment':
        return this.payment(record);
      default:
        return record;
    }
  }

  private resolve(
    targets: ErpRecordType[],
    value: unknown,
    path: string,
  ): { ref: ErpRef; target: StateRecord; type: ErpRecordType } {
    const given = typeof value === 'object' && value !== null ? (value as StateRecord) : {};
    for (const type of targets) {
      const target =
        given.id !== undefined && given.id !== null
          ? this.state.get(type, String(given.id))
          : typeof given.externalId === 'string'
            ? this.state.byExternalId(type, given.externalId)
            : undefined;
      if (target) return { ref: this.state.ref(type, target), target, type };
    }
    throw erpRejection(
      ErpErrorCode.INVALID_KEY_OR_REF,
      `Invalid Field Value ${JSON.stringify(value)} for the following field: ${path}`,
      path,
    );
  }

  private withCurrencyOf(record: StateRecord, owner: string): StateRecord {
    if (record.currency) return record;
    const ownerRef = record[owner] as ErpRef;
    const subsidiary = this.state.get('subsidiary', ownerRef.id);
    return { ...record, currency: subsidiary?.currency ?? null };
  }

  private job(record: StateRecord, creating: boolean): StateRecord {
    const status = record.entityStatus as { id?: unknown; refName?: unknown } | undefined | null;
    const known = JOB_STATUSES.find(
      (s) => s.id === String(status?.id ?? '') || s.refName === status?.refName,
    );
    if (status && !known)
      throw erpRejection(
        ErpErrorCode.INVALID_KEY_OR_REF,
        `Invalid Field Value ${JSON.stringify(status)} for the following field: entityStatus`,
        'entityStatus',
      );
    const entityStatus = known ?? JOB_STATUSES.find((s) => s.id === JOB_STATUS_PENDING)!;
    checkDate(record, 'startDate', false);
    const withCurrency = this.withCurrencyOf(record, 'subsidiary');
    return {
      ...withCurrency,
      entityStatus: { ...entityStatus },
      entityId: record.entityId ?? record.companyName,
      ...(creating ? { dateCreated: this.state.clock.now().toISOString() } : {}),
    };
  }

  private timeBill(record: StateRecord): StateRecord {
    const { subsidiary, approvalStatus } = this.projectTransaction(record, 'take time');
    if (record.rate !== undefined && record.rate !== null && !isDecimal(record.rate))
      throw erpRejection(ErpErrorCode.USER_ERROR, 'rate must be a number.', 'rate');
    return { ...record, hours: this.duration(record.hours), subsidiary, approvalStatus };
  }

  /** An employee's expense on a project, in the project's currency. */
  private expenseReport(record: StateRecord): StateRecord {
    const { job, subsidiary, approvalStatus } = this.projectTransaction(record, 'take expenses');
    if (!isDecimal(record.amount) || toMinor(record.amount) === 0n)
      throw erpRejection(ErpErrorCode.USER_ERROR, 'amount must be a non-zero number.', 'amount');
    const currency = (job?.currency ?? null) as ErpRef | null;
    const given = record.currency as ErpRef | undefined | null;
    if (given && currency && given.id !== currency.id)
      throw erpRejection(
        ErpErrorCode.CURRENCY_MISMATCH,
        `The expense currency must be the project's currency, ${currency.refName ?? currency.id}.`,
        'currency',
      );
    return {
      ...record,
      amount: minorToNumber(toMinor(record.amount)),
      currency: given ?? currency,
      subsidiary,
      approvalStatus,
    };
  }

  /**
   * What time and expenses on a project share: the job must be in progress, the date in an open
   * period of the job's subsidiary, the approval status one the ERP knows (Approved by default).
   */
  private projectTransaction(
    record: StateRecord,
    what: string,
  ): { job: StateRecord | undefined; subsidiary: ErpRef | null; approvalStatus: ErpRef } {
    const customer = record.customer as ErpRef;
    const job = this.state.get('job', customer.id);
    if (
      job &&
      (job.isInactive === true ||
        (job.entityStatus as ErpRef | null)?.id !== JOB_STATUS_IN_PROGRESS)
    )
      throw erpRejection(
        ErpErrorCode.JOB_NOT_ACTIVE,
        `Project ${customer.refName ?? customer.id} is not in progress; it cannot ${what}.`,
        'customer',
      );
    const subsidiary = ((job ?? this.state.get('customer', customer.id))?.subsidiary ??
      null) as ErpRef | null;
    checkDate(record, 'tranDate', true);
    checkOpenPeriod(this.state, subsidiary, String(record.tranDate));
    const status = record.approvalStatus as { id?: unknown } | undefined | null;
    const approval =
      TIME_APPROVAL_STATUSES.find((s) => s.id === String(status?.id ?? '2')) ?? undefined;
    if (!approval)
      throw erpRejection(
        ErpErrorCode.INVALID_KEY_OR_REF,
        `Invalid Field Value ${JSON.stringify(status)} for the following field: approvalStatus`,
        'approvalStatus',
      );
    return { job, subsidiary, approvalStatus: { ...approval } };
  }

  private payment(record: StateRecord): StateRecord {
    const customerRef = record.customer as ErpRef;
    const customer = this.state.get('customer', customerRef.id)!;
    if (!isDecimal(record.payment) || toMinor(record.payment) <= 0n)
      throw erpRejection(
        ErpErrorCode.INVALID_PAYMENT_AMOUNT,
        'payment must be above zero.',
        'payment',
      );
    const payment = toMinor(record.payment);
    checkDate(record, 'tranDate', true);
    checkOpenPeriod(this.state, customer.subsidiary as ErpRef | null, String(record.tranDate));
    const lines = (record.apply as { items?: unknown } | undefined | null)?.items ?? [];
    if (!Array.isArray(lines))
      throw erpRejection(ErpErrorCode.USER_ERROR, 'apply.items must be a list.', 'apply');
    let applied = 0n;
    const items = lines.map((line: unknown, index) => {
      const path = `apply.items[${index}]`;
      const { doc, amount } = (line ?? {}) as StateRecord;
      const { target: invoice } = this.resolve(['invoice'], doc, `${path}.doc`);
      if (this.documents.customerIdOf(invoice) !== customerRef.id)
        throw erpRejection(
          ErpErrorCode.USER_ERROR,
          `Invoice ${String(invoice.tranId)} is not this customer's.`,
          `${path}.doc`,
        );
      const currency = (record.currency ?? invoice.currency) as ErpRef | null;
      if (currency?.id !== (invoice.currency as ErpRef | null)?.id)
        throw erpRejection(
          ErpErrorCode.CURRENCY_MISMATCH,
          'A payment applies only to invoices in its own currency.',
          `${path}.doc`,
        );
      if (!isDecimal(amount) || toMinor(amount) <= 0n)
        throw erpRejection(
          ErpErrorCode.INVALID_PAYMENT_AMOUNT,
          'amount must be above zero.',
          `${path}.amount`,
        );
      const amountMinor = toMinor(amount);
      if (amountMinor > toMinor(Number(invoice.amountRemaining)))
        throw erpRejection(
          ErpErrorCode.INVALID_PAYMENT_AMOUNT,
          `The amount exceeds the invoice's remaining ${String(invoice.amountRemaining)}.`,
          `${path}.amount`,
        );
      applied += amountMinor;
      return {
        doc: this.state.ref('invoice', invoice),
        amount: minorToNumber(amountMinor),
        apply: true,
      };
    });
    if (applied > payment)
      throw erpRejection(
        ErpErrorCode.INVALID_PAYMENT_AMOUNT,
        'The amounts applied exceed the payment.',
        'apply',
      );
    return {
      ...record,
      tranId: record.tranId ?? `PYMT${record.id}`,
      currency: record.currency ?? customer.currency ?? null,
      payment: minorToNumber(payment),
      applied: minorToNumber(applied),
      unapplied: minorToNumber(payment - applied),
      apply: { items },
    };
  }

  private applyPayment(payment: StateRecord): void {
    for (const line of (payment.apply as { items: { doc: ErpRef; amount: number }[] }).items) {
      const invoice = this.state.get('invoice', line.doc.id)!;
      this.state
        .all('invoice')
        .set(line.doc.id, this.documents.withPayment(invoice, toMinor(line.amount)));
    }
  }

  /** Hours as the ERP shows a duration, "7:30"; accepts that form or a number of hours. */
  private duration(value: unknown): string {
    let minutes: number | undefined;
    const match = typeof value === 'string' ? /^(\d{1,2}):([0-5]\d)$/.exec(value) : null;
    if (match) minutes = Number(match[1]) * 60 + Number(match[2]);
    else if (typeof value === 'number' && Number.isFinite(value)) minutes = Math.round(value * 60);
    if (minutes === undefined || minutes <= 0 || minutes > 24 * 60)
      throw erpRejection(
        ErpErrorCode.USER_ERROR,
        'hours must be a duration above 0:00 and at most 24:00, e.g. "7:30".',
        'hours',
      );
    return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
  }
}
