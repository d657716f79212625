/** The record types the ERP's REST record API serves (`/record/v1/{type}`), NetSuite spelling. */
export const ERP_RECORD_TYPES = [
  'subsidiary',
  'department',
  'classification',
  'currency',
  'accountingPeriod',
  'customer',
  'job',
  'employee',
  'timeBill',
  'expenseReport',
  'invoice',
  'creditMemo',
  'customerPayment',
] as const;

export type ErpRecordType = (typeof ERP_RECORD_TYPES)[number];

export function isErpRecordType(value: string): value is ErpRecordType {
  return (ERP_RECORD_TYPES as readonly string[]).includes(value);
}

/**
 * Internal-id ranges: entities (customers, projects, employees) share one sequence and
 * transactions (invoices, credit memos, payments) another, as in NetSuite; lists count from 1.
 */
export const ID_SEQUENCES: Record<ErpRecordType, { namespace: string; first: number }> = {
  subsidiary: { namespace: 'erp:subsidiary', first: 1 },
  department: { namespace: 'erp:department', first: 1 },
  classification: { namespace: 'erp:classification', first: 1 },
  currency: { namespace: 'erp:currency', first: 1 },
  accountingPeriod: { namespace: 'erp:accountingPeriod', first: 1 },
  customer: { namespace: 'erp:entity', first: 1001 },
  job: { namespace: 'erp:entity', first: 1001 },
  employee: { namespace: 'erp:entity', first: 1001 },
  timeBill: { namespace: 'erp:timeBill', first: 50001 },
  expenseReport: { namespace: 'erp:transaction', first: 90001 },
  invoice: { namespace: 'erp:transaction', first: 90001 },
  creditMemo: { namespace: 'erp:transaction', first: 90001 },
  customerPayment: { namespace: 'erp:transaction', first: 90001 },
};

/** The field a reference to a record shows as its `refName`. */
export const REF_NAME_FIELD: Record<ErpRecordType, string> = {
  subsidiary: 'name',
  department: 'name',
  classification: 'name',
  currency: 'symbol',
  accountingPeriod: 'periodName',
  customer: 'companyName',
  job: 'companyName',
  employee: 'entityId',
  timeBill: 'id',
  expenseReport: 'id',
  invoice: 'tranId',
  creditMemo: 'tranId',
  customerPayment: 'tranId',
};

/** Project statuses (`job.entityStatus`): only "In Progress" takes time. */
export const JOB_STATUSES = [
  { id: '1', refName: 'Closed' },
  { id: '2', refName: 'In Progress' },
  { id: '3', refName: 'Not Awarded' },
  { id: '4', refName: 'Pending' },
  { id: '5', refName: 'Awarded' },
] as const;

export const JOB_STATUS_IN_PROGRESS = '2';
export const JOB_STATUS_PENDING = '4';

export const TIME_APPROVAL_STATUSES = [
  { id: '1', refName: 'Pending Approval' },
  { id: '2', refName: 'Approved' },
  { id: '3', refName: 'Rejected' },
] as const;

export const INVOICE_STATUSES = {
  open: { id: 'open', refName: 'Open' },
  partiallyPaid: { id: 'partiallyPaid', refName: 'Partially Paid' },
  paidInFull: { id: 'paidInFull', refName: 'Paid In Full' },
} as const;
