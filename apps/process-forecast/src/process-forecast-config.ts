import { z } from 'zod';
import { exceptionRetriesConfigShape } from '@p2c/flow';
import { isCalendarDate } from '@p2c/canonical';
import { apiClientsConfigShapeFor } from '@p2c/clients';
import { ConfigOf, cronOrOff, processRoleConfigShape } from '@p2c/platform';

/**
 * What the forecast calls: system-psa for projects, staffing, rate cards and its event feed,
 * system-crm for the deals, system-hcm for workers and their cost rates, system-erp for the legal
 * entities, process-time for posted actuals, process-billing for invoiced and unbilled revenue.
 */
export const PROCESS_FORECAST_CALLS = [
  'system-psa',
  'system-crm',
  'system-hcm',
  'system-erp',
  'process-time',
  'process-billing',
] as const;

const percent = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, 'a percentage, e.g. 20 or 17.5')
  .refine((text) => Number(text) <= 100, 'at most 100');

/** The variables of process-forecast, besides the shared gateway ones. */
export const processForecastConfigShape = {
  ...processRoleConfigShape,
  ...exceptionRetriesConfigShape,
  ...apiClientsConfigShapeFor(PROCESS_FORECAST_CALLS),
  /**
   * the world's date (`YYYY-MM-DD`): actuals up to it, the plan on the weekdays after it; empty:
   * today (UTC). A gateway cannot ask a vendor for it: set it to the sandbox scenario's `asOf`.
   */
  FORECAST_AS_OF: z
    .string()
    .default('')
    .refine((text) => text === '' || isCalendarDate(text), 'a date YYYY-MM-DD, or empty for today'),
  /** a projected margin below this percentage raises MARGIN_AT_RISK */
  FORECAST_MARGIN_AT_RISK_PCT: percent.default('20'),
  /** hours a worker can work in a week (the HCM holds no standard hours) */
  FORECAST_WEEKLY_CAPACITY_HOURS: z.coerce.number().positive().max(80).default(40),
  /** a worker planned below this percentage of capacity over a range is on the bench */
  FORECAST_BENCH_UTILISATION_PCT: percent.default('50'),
  /** how often the PSA event feed is read for staffing changes whose webhook never came */
  FORECAST_FEED_POLL_MS: z.coerce.number().int().min(1000).default(30_000),
  /** when every project's forecast is recomputed (UTC; the world's date moves, actuals post); `off`: never */
  FORECAST_RECOMPUTE_CRON: cronOrOff.default('0 3 * * *'),
  /**
   * jobs at once per queue and worker process (three queues); a recomputation holds a database
   * connection (of 10) while it reads the systems, under the lock on its project
   */
  FORECAST_CONCURRENCY: z.coerce.number().int().min(1).max(3).default(2),
  /** BullMQ job lock: a job whose worker died is picked up again this long after */
  FORECAST_JOB_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
};

export type ProcessForecastConfig = ConfigOf<typeof processForecastConfigShape>;
