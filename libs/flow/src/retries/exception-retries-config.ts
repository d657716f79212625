import { z } from 'zod';

/** A process app's variables for bulk retries of its exception cases (spread into its config). */
export const exceptionRetriesConfigShape = {
  /** cases of bulk retries worked at once per worker process (each holds two connections) */
  EXCEPTION_RETRY_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
};
