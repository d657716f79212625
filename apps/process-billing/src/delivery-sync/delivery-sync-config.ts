import { z } from 'zod';

/** How invoices are written back to the PSA. */
export const deliverySyncConfigShape = {
  /** PSA invoice write-backs run at once per worker process */
  BILLING_PSA_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /**
   * a PSA invoice behind, untouched this long since its last change or try (its retries spent,
   * or refused), is written again by the next payment sync
   */
  BILLING_PSA_CATCH_UP_MS: z.coerce.number().int().min(1000).default(900_000),
};
