import { ReasonCode } from '@p2c/canonical';

/**
 * The reasons an entry stops short of the ERP for; what each means, who owns it and its SLA are
 * in the reason catalogue (REASON_CATALOGUE). An ERP refusal under any other reason is filed as
 * VENDOR_REJECTED.
 */
export const TIME_REASON_CODES = [
  ReasonCode.PROJECT_NOT_ACTIVE,
  ReasonCode.PERIOD_CLOSED,
  ReasonCode.WORKER_UNMAPPED,
  ReasonCode.RATE_MISSING,
  ReasonCode.CURRENCY_MISMATCH,
  ReasonCode.VENDOR_REJECTED,
  ReasonCode.VENDOR_UNAVAILABLE,
  ReasonCode.RATE_LIMITED,
  ReasonCode.POSTING_FAILED,
] as const;

export type TimeReasonCode = `${(typeof TIME_REASON_CODES)[number]}`;
