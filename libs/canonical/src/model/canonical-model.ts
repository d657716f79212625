import type { CalendarDate } from '../calendar/calendar-date';
import type { MoneyJson } from '../money/money';

/**
 * The canonical model (DESIGN section 3): what the process tier speaks. Ids are gateway-issued
 * canonical ids; vendor ids live only in the cross-reference table and the system APIs.
 */

export type SystemName = 'crm' | 'psa' | 'erp' | 'hcm' | 'gateway';

export type BillingModel = 'TIME_AND_MATERIALS' | 'FIXED_FEE' | 'MILESTONE' | 'RETAINER';
export type ProjectStatus = 'PROVISIONAL' | 'ACTIVE' | 'ON_HOLD' | 'CLOSED';
export type PeriodStatus = 'OPEN' | 'CLOSED';
export type TimeEntryStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED';
export type InvoiceStatus = 'OPEN' | 'PARTIALLY_PAID' | 'PAID' | 'VOIDED';

/** A period of validity, both ends inclusive; an absent end is open-ended. */
export interface Effective {
  effectiveFrom: CalendarDate;
  effectiveTo?: CalendarDate;
}

export interface LegalEntity {
  code: string;
  name: string;
  currency: string;
  country: string;
  /** decimal string, e.g. "0.20" */
  taxRate: string;
}

export interface CostCenter {
  code: string;
  name: string;
  legalEntity: string;
}

export interface AccountingPeriod {
  legalEntity: string;
  /** YYYY-MM */
  period: string;
  status: PeriodStatus;
}

export interface Customer {
  id: string;
  name: string;
  taxId?: string;
  billingCountry: string;
  partner?: string;
}

export interface Milestone {
  id: string;
  name: string;
  amount: MoneyJson;
  dueDate: CalendarDate;
  completed?: boolean;
}

export interface PlannedAssignment {
  worker: string;
  role: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
  hoursPerWeek: number;
}

/** A won deal: the contract a project is set up from. */
export interface Opportunity {
  id: string;
  customer: string;
  name: string;
  stage: string;
  isWon: boolean;
  closeDate?: CalendarDate;
  amount: MoneyJson;
  billingModel: BillingModel;
  legalEntity: string;
  costCenter: string;
  rateCard?: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
  budgetHours?: number;
  milestones: Milestone[];
  assignments: PlannedAssignment[];
  lastModifiedAt: string;
}

export interface ChangeOrder {
  id: string;
  opportunity: string;
  amount?: MoneyJson;
  endDate?: CalendarDate;
  milestones?: Milestone[];
  approvedAt: string;
}

export interface Project {
  id: string;
  opportunity: string;
  customer: string;
  name: string;
  status: ProjectStatus;
  billingModel: BillingModel;
  legalEntity: string;
  costCenter: string;
  currency: string;
  rateCard?: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
  budget: MoneyJson;
}

export interface CostRate extends Effective {
  rate: MoneyJson;
}

export interface Worker {
  id: string;
  name: string;
  role: string;
  legalEntity: string;
  costCenter: string;
  active: boolean;
  costRates: CostRate[];
}

export interface RateCardLine extends Effective {
  role: string;
  rate: MoneyJson;
}

export interface RateCard {
  code: string;
  currency: string;
  version: number;
  lines: RateCardLine[];
}

export interface TimeEntry {
  /** the source system's id and version: a new version is a correction */
  sourceSystem: SystemName;
  sourceId: string;
  sourceVersion: number;
  project: string;
  worker: string;
  role: string;
  workDate: CalendarDate;
  /** decimal hours, e.g. "7.5" */
  hours: string;
  billable: boolean;
  status: TimeEntryStatus;
  notes?: string;
  approvedAt?: string;
}

export interface Expense {
  sourceSystem: SystemName;
  sourceId: string;
  sourceVersion: number;
  project: string;
  worker: string;
  date: CalendarDate;
  amount: MoneyJson;
  category: string;
  billable: boolean;
  status: TimeEntryStatus;
  approvedAt?: string;
}

export interface Posting {
  id: string;
  kind: 'TIME' | 'EXPENSE' | 'REVERSAL';
  sourceSystem: SystemName;
  sourceId: string;
  sourceVersion: number;
  project: string;
  legalEntity: string;
  workDate: CalendarDate;
  hours?: string;
  cost: MoneyJson;
  billableValue?: MoneyJson;
  erpId?: string;
}

export interface BillingEvent {
  id: string;
  project: string;
  legalEntity: string;
  period: string;
  source: 'TIME' | 'EXPENSE' | 'MILESTONE' | 'FIXED_FEE' | 'RETAINER';
  amount: MoneyJson;
  status: 'PENDING_APPROVAL' | 'APPROVED' | 'INVOICED' | 'BLOCKED';
}

export interface Invoice {
  id: string;
  billingEvents: string[];
  customer: string;
  project: string;
  number?: string;
  issueDate: CalendarDate;
  net: MoneyJson;
  tax: MoneyJson;
  total: MoneyJson;
  amountPaid: MoneyJson;
  status: InvoiceStatus;
}
