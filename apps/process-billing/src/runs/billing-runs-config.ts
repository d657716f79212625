import { z } from 'zod';
import { cronOrOff } from '@p2c/platform';

/** Billing runs on a schedule, and the sweep that picks up the runs that got stuck. */
export const billingRunsConfigShape = {
  /**
   * when each legal entity of BILLING_LEGAL_ENTITIES bills the month before the tick's (UTC);
   * `off`: never on a schedule
   */
  BILLING_RUN_CRON: cronOrOff.default('0 3 1 * *'),
  /** a run planning or invoicing this long, with no job of it left alive, is stuck */
  BILLING_STUCK_RUN_MS: z.coerce.number().int().min(1000).default(900_000),
  /** how often the recovery sweep looks for stuck runs; 0: never */
  BILLING_RECOVERY_SWEEP_MS: z.coerce.number().int().min(0).default(60_000),
  /** recoveries of one run before the next time it is stuck becomes a case instead */
  BILLING_RUN_RECOVERIES: z.coerce.number().int().min(0).max(20).default(3),
};
