import type { CalendarDate } from '../calendar/calendar-date';
import type { MoneyJson } from '../money/money';
import type { SystemName } from '../model/canonical-model';

/** Business events the flows publish (through the outbox) and consume. Names are a wire contract. */
export const BUSINESS_EVENT_TYPES = [
  'CustomerCreated',
  'ProjectActivated',
  'TimeApproved',
  'TimeCorrected',
  'ExpenseApproved',
  'MilestoneCompleted',
  'ChangeOrderApproved',
  'InvoiceIssued',
  'PaymentReceived',
  'RateCardChanged',
  'MarginProjectionChanged',
] as const;

export type BusinessEventType = (typeof BUSINESS_EVENT_TYPES)[number];

interface EventBase<T extends BusinessEventType, P> {
  /** unique per event; consumers deduplicate on it */
  id: string;
  type: T;
  occurredAt: string;
  correlationId?: string;
  payload: P;
}

interface SourceRef {
  sourceSystem: SystemName;
  sourceId: string;
  sourceVersion: number;
}

export type CustomerCreated = EventBase<'CustomerCreated', { customer: string; erpId: string }>;
export type ProjectActivated = EventBase<
  'ProjectActivated',
  {
    project: string;
    opportunity: string;
    psaId: string;
    erpId: string;
    /** the canonical customer (absent on events published before it was carried) */
    customer?: string;
    /** the customer's partner organisation, when it has one */
    partner?: string;
  }
>;
export type TimeApproved = EventBase<'TimeApproved', SourceRef & { project: string }>;
export type TimeCorrected = EventBase<
  'TimeCorrected',
  SourceRef & { project: string; withdrawn: boolean }
>;
export type ExpenseApproved = EventBase<'ExpenseApproved', SourceRef & { project: string }>;
export type MilestoneCompleted = EventBase<
  'MilestoneCompleted',
  { project: string; milestone: string; completedOn: CalendarDate; amount: MoneyJson }
>;
export type ChangeOrderApproved = EventBase<
  'ChangeOrderApproved',
  { changeOrder: string; opportunity: string }
>;
export type InvoiceIssued = EventBase<
  'InvoiceIssued',
  { invoice: string; project: string; number: string; total: MoneyJson }
>;
export type PaymentReceived = EventBase<
  'PaymentReceived',
  { invoice: string; amount: MoneyJson; receivedOn: CalendarDate }
>;
export type RateCardChanged = EventBase<'RateCardChanged', { rateCard: string; version: number }>;
/**
 * A project's projected margin % crossed the margin-at-risk threshold (either way), as forecast
 * version `version` computed it. Percentages are exact decimal strings (`"18.40"`); `previous` is
 * null on a project's first forecast.
 */
export type MarginProjectionChanged = EventBase<
  'MarginProjectionChanged',
  {
    project: string;
    opportunity: string;
    version: number;
    previousMarginPct: string | null;
    marginPct: string | null;
    thresholdPct: string;
    atRisk: boolean;
  }
>;

export type BusinessEvent =
  | CustomerCreated
  | ProjectActivated
  | TimeApproved
  | TimeCorrected
  | ExpenseApproved
  | MilestoneCompleted
  | ChangeOrderApproved
  | InvoiceIssued
  | PaymentReceived
  | RateCardChanged
  | MarginProjectionChanged;
