import { z } from 'zod';

/** How `/kpis` reads the unbilled amount and over which window it measures readiness. */
export const kpisConfigShape = {
  /**
   * how long one reading of the unbilled amount (every billable posting of process-time) answers
   * `/kpis` before it is read again; 0: read on every call
   */
  BILLING_UNBILLED_CACHE_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /** the days of invoices the invoice readiness lag (posted → invoiced) is measured over */
  BILLING_READINESS_WINDOW_DAYS: z.coerce.number().int().min(1).max(366).default(30),
};
