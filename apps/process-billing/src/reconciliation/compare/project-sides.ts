import type { ProcessTimeApi, SystemErpApi, SystemPsaApi } from '@p2c/clients';

export type PsaTimeEntry = SystemPsaApi.SchemaPsaTimeEntryDto;
export type PsaExpense = SystemPsaApi.SchemaPsaExpenseDto;
export type PsaMilestone = SystemPsaApi.SchemaPsaMilestoneDto;
export type LedgerPosting = ProcessTimeApi.SchemaPostingDto;
export type ErpProject = SystemErpApi.SchemaErpProjectDto;
export type ErpTimePosting = SystemErpApi.SchemaTimePostingDto;
export type ErpExpensePosting = SystemErpApi.SchemaErpExpensePostingDto;
export type ErpInvoice = SystemErpApi.SchemaErpInvoiceDto;

/** A billing event item of the period: the posting version it bills and for how much. */
export interface BilledItem {
  billingEvent: string;
  kind: 'TIME' | 'EXPENSE';
  postingId: string;
  postedVersion: number;
  minutes: number | null;
  amountMinor: bigint;
  currency: string;
}

/** A billing event: its model, status and net, and the invoice number the ERP gave it. */
export interface BilledEvent {
  id: string;
  project: string;
  billingModel: string;
  status: string;
  netMinor: bigint;
  currency: string;
  invoiceNumber: string | null;
}

/** What every side holds of one project for one period, as read at the reconciliation. */
export interface ProjectSides {
  project: string;
  period: string;
  /** the contract currency (the ERP job's) */
  currency: string;
  /** the ERP job's class: TIME_AND_MATERIALS, MILESTONE, FIXED_FEE, RETAINER */
  billingModel?: string;
  /** approved in the PSA, worked (or spent) in the period */
  psaTime: PsaTimeEntry[];
  psaExpenses: PsaExpense[];
  /** the PSA's milestones (fee schedule lines for fixed fees and retainers) due in the period */
  milestones: PsaMilestone[];
  /** the ledger's postings of the project: the period's, and any another side names */
  ledger: LedgerPosting[];
  /** every timeBill the ERP holds of the project */
  erpTime: ErpTimePosting[];
  /** the ERP's expense report of each posted expense of the period; null where it has none */
  erpExpenses: ReadonlyMap<string, ErpExpensePosting | null>;
  /** time and expense items billing the period's postings */
  billedItems: BilledItem[];
  /** the events holding those items, and the period's events of the other billing models */
  billedEvents: BilledEvent[];
  /** the ERP's invoice of each invoiced event; null where it has none */
  invoices: ReadonlyMap<string, ErpInvoice | null>;
}
