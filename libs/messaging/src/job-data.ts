import type { Job } from 'bullmq';
import { runWithCorrelationId } from '@p2c/observability';

/**
 * A job's data as it sits in Redis: the payload (ids, never whole records, tokens or personal data)
 * plus the correlation id of the request or job that caused it.
 */
export type JobData<T extends object = object> = T & { correlationId?: string };

export type JobProcessor<T extends object = object, R = unknown> = (
  job: Job<JobData<T>, R>,
  token?: string,
  signal?: AbortSignal,
) => Promise<R>;

export function toJobData<T extends object>(
  payload: T,
  correlationId: string | undefined,
): JobData<T> {
  return correlationId ? { ...payload, correlationId } : { ...payload };
}

/**
 * Runs the processor under the correlation id the job carries (a fresh one if it has none), so
 * its log lines and outgoing calls are tied to the request that caused the job.
 */
export function withJobCorrelation<T extends object, R>(
  processor: JobProcessor<T, R>,
): JobProcessor<T, R> {
  return (job, token, signal) =>
    runWithCorrelationId(job.data.correlationId, () => processor(job, token, signal));
}
