import type { DefaultJobOptions } from 'bullmq';

const HOUR_S = 3600;

/**
 * What every queue's jobs get unless the producer says otherwise: retries spread over about
 * 8 minutes (2 s doubling, with jitter so a vendor outage does not end in a thundering herd),
 * and bounded history so Redis memory stays flat. Failed jobs are kept longer: they are the dead
 * letters the exception workbench replays.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000, jitter: 0.2 },
  removeOnComplete: { count: 1_000, age: 24 * HOUR_S },
  removeOnFail: { count: 10_000, age: 14 * 24 * HOUR_S },
};
