import { exceptionRetriesConfigShape } from '@p2c/flow';
import { z } from 'zod';
import { apiClientsConfigShapeFor } from '@p2c/clients';
import { ConfigOf, decimalsByKey, processRoleConfigShape } from '@p2c/platform';

export const PROCESS_TIME_CALLS = ['system-psa', 'system-erp', 'system-hcm'] as const;

/** The variables of process-time, besides the shared gateway ones. */
export const processTimeConfigShape = {
  ...processRoleConfigShape,
  ...exceptionRetriesConfigShape,
  ...apiClientsConfigShapeFor(PROCESS_TIME_CALLS),
  /**
   * posting jobs worked at once per worker process. Each takes a database connection three times
   * (leases, pricing and claims, settlement) from a pool of 10, so this stays a few times the
   * pool: 200 jobs on 10 connections wait past the pool's connect timeout on a busy machine.
   * Postings ready at the same time go to the ERP together, so a lone entry's job (a webhook's)
   * shares its call with the others at hand
   */
  TIME_POSTING_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(50),
  /**
   * entries one posting job brings in line, taken in together: leases, pricing, ledger claims
   * and settlement each one statement for all of them, their ERP postings full batches
   */
  TIME_POSTING_JOB_SIZE: z.coerce.number().int().min(1).max(500).default(100),
  /** postings of one kind sent to the ERP in one call at most (system-erp takes up to 100) */
  TIME_POSTING_BATCH_SIZE: z.coerce.number().int().min(1).max(100).default(25),
  /** how long a posting ready for the ERP waits for others to share its call */
  TIME_POSTING_BATCH_LINGER_MS: z.coerce.number().int().min(0).max(1000).default(50),
  /** posting jobs started per second across every replica (BullMQ limiter of the queue) */
  TIME_POSTING_MAX_PER_SECOND: z.coerce.number().int().min(1).default(2000),
  /** BullMQ job lock: a job whose worker died is picked up again this long after (at most twice) */
  TIME_JOB_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  /** how long a worker holds an entry while it brings the ERP in line with it */
  TIME_POSTING_LEASE_MS: z.coerce.number().int().min(1000).default(300_000),
  /** attempts at one posting before it becomes an exception (at most the queue's 8) */
  TIME_POSTING_ATTEMPTS: z.coerce.number().int().min(1).max(8).default(8),
  /** times one job may be put back because the ERP is limiting us before that counts as failing */
  TIME_POSTING_MAX_DEFERRALS: z.coerce.number().int().min(0).default(30),
  /** how long a project's, period's, rate's answer is reused for pricing (fresh on a retry) */
  TIME_PRICING_CACHE_TTL_MS: z.coerce.number().int().min(0).default(30_000),
  /** psa-events jobs (PSA webhooks) worked at once per worker process */
  TIME_PSA_EVENT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  /** how often the PSA event feed is read from its checkpoint */
  TIME_FEED_POLL_MS: z.coerce.number().int().min(50).default(15_000),
  /** how often approved time and expenses are swept for anything webhooks and feed missed */
  TIME_SWEEP_INTERVAL_MS: z.coerce.number().int().min(50).default(300_000),
  /** how often entries whose posting stopped moving are queued again */
  TIME_RECOVERY_INTERVAL_MS: z.coerce.number().int().min(50).default(60_000),
  /** a pending entry untouched this long, with no lease held, counts as stuck */
  TIME_STUCK_AFTER_MS: z.coerce.number().int().min(1000).default(900_000),
  /** records asked for per page of the feed and sweeps (system-psa allows 500) */
  TIME_PAGE_SIZE: z.coerce.number().int().min(1).max(500).default(500),
  /** billable markup on expenses per canonical project whose contract has one, e.g. `{"PRJ-101":"0.10"}` */
  TIME_EXPENSE_MARKUPS: decimalsByKey.default({}),
};

export type ProcessTimeConfig = ConfigOf<typeof processTimeConfigShape>;
