import { z } from 'zod';
import { ConfigOf } from '@p2c/platform';
import { vendorHttpConfigShapeFor } from '@p2c/vendor-http';

const millis = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

/** The variables of system-psa: the PSA client's (`PSA_*`, `VENDOR_*`) and its own. */
export const systemPsaConfigShape = {
  ...vendorHttpConfigShapeFor(['psa']),
  /** records asked for per PSA list page (the PSA serves at most 200) */
  PSA_PAGE_SIZE: z.coerce.number().int().min(1).max(200).default(200),
  /** PSA pages one call of ours reads at most before it answers with a cursor */
  PSA_MAX_PAGES_PER_CALL: z.coerce.number().int().min(1).max(1000).default(25),
  /** how long users, roles and rate cards are kept before they are read again */
  PSA_REFERENCE_TTL_MS: millis(60_000),
  /** how far a new pass over changed work or events reaches back behind the last one */
  PSA_PASS_OVERLAP_MS: millis(60_000),
  /** look-then-create rounds after a create whose outcome is unknown (timeout, 5xx) */
  PSA_CREATE_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  /** pause before looking again after such a create, so a slow original can land first */
  PSA_CREATE_RELOOK_DELAY_MS: millis(500),
  /** `service_name` of the external references that carry the gateway's canonical ids */
  PSA_GATEWAY_SERVICE_NAME: z.string().min(1).default('p2c-gateway'),
  /** how long webhook inbox rows are kept (longer than the PSA's own 9-day feed) */
  PSA_INBOX_RETENTION_DAYS: z.coerce.number().int().min(10).default(14),
  /** how often each instance deletes inbox rows past their retention */
  PSA_INBOX_PRUNE_INTERVAL_MS: z.coerce.number().int().min(1000).default(3_600_000),
  /** `service_name` of the external reference to the CRM opportunity a workspace was made for */
  PSA_CRM_SERVICE_NAME: z.string().min(1).default('salesforce'),
};

export type SystemPsaConfig = ConfigOf<typeof systemPsaConfigShape>;
