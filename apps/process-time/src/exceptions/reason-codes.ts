import type { ExceptionOwnerGroup } from '@p2c/persistence';

/** Why an entry did not reach the ERP (DESIGN section 5), and who fixes that. */
export const TIME_REASONS = {
  /** the project is not onboarded, not active in the ERP, or stopped */
  PROJECT_NOT_ACTIVE: { owner: 'integration-support', slaHours: 8 },
  /** the legal entity's accounting period of the work date is closed */
  PERIOD_CLOSED: { owner: 'finance-ops', slaHours: 24 },
  /** the worker is unknown to the HCM or the ERP, or inactive */
  WORKER_UNMAPPED: { owner: 'integration-support', slaHours: 8 },
  /** no cost rate, or (billable time) no bill rate, effective on the work date */
  RATE_MISSING: { owner: 'finance-ops', slaHours: 24 },
  /** an expense in another currency than its project's */
  CURRENCY_MISMATCH: { owner: 'finance-ops', slaHours: 24 },
  /** the ERP refused the posting for a reason not listed above */
  VENDOR_REJECTED: { owner: 'integration-support', slaHours: 8 },
  /** the ERP (or a system API) kept failing until the retries ran out */
  VENDOR_UNAVAILABLE: { owner: 'platform', slaHours: 2 },
  /** the ERP kept limiting us until the retries ran out */
  RATE_LIMITED: { owner: 'platform', slaHours: 2 },
  /** an unexpected failure (our own database, a defect) until the retries ran out */
  POSTING_FAILED: { owner: 'platform', slaHours: 2 },
} as const satisfies Record<string, { owner: ExceptionOwnerGroup; slaHours: number }>;

export type TimeReasonCode = keyof typeof TIME_REASONS;

export const TIME_REASON_CODES = Object.keys(TIME_REASONS) as TimeReasonCode[];
