/** WIRE CONTRACT: job `start-batch` on an app's exception-retries queue. */
export interface RetryBatchJobData {
  batchId: string;
}

/** WIRE CONTRACT: job `retry-case` on an app's exception-retries queue (job id = batch-case). */
export interface RetryCaseJobData {
  batchId: string;
  exceptionId: string;
}

export const START_BATCH_JOB = 'start-batch';
export const RETRY_CASE_JOB = 'retry-case';

/** Tries of a case's job before it gives up (a dead letter; the case's item `failed`). */
export const RETRY_CASE_ATTEMPTS = 5;

/** One job per case of a batch: a second add of the same case is a no-op while the job is kept. */
export function retryCaseJobId(batchId: string, exceptionId: string): string {
  return `${batchId}-${exceptionId}`;
}
