/** A reference from one ERP record to another, as the ERP answers it. */
export interface ErpRef {
  id: string;
  refName?: string;
}

/** An ERP record as `GET /record/v1/{type}/{id}` answers it. */
export interface ErpRecord {
  id: string;
  externalId?: string | null;
  [field: string]: unknown;
}

/** A SuiteQL row: lowercase column names, every value text (references as their id, booleans T/F). */
export type SuiteQlRow = Record<string, string | undefined>;

/** The record types the system API reads and writes (NetSuite spelling). */
export type ErpRecordType =
  | 'customer'
  | 'job'
  | 'employee'
  | 'timeBill'
  | 'expenseReport'
  | 'invoice'
  | 'creditMemo'
  | 'customerPayment';

/** A record by its internal id, or by its external id (`eid:`). */
export type ErpRecordKey = { id: string } | { externalId: string };

export function refOf(value: unknown): ErpRef | undefined {
  const id = (value as { id?: unknown } | null | undefined)?.id;
  return id === undefined || id === null ? undefined : (value as ErpRef);
}

export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
