import { z } from 'zod';
import { ConfigOf } from '@p2c/platform';
import { vendorHttpConfigShapeFor } from '@p2c/vendor-http';

/** The HCM system API's own variables. */
export const hcmConfigShape = {
  /** the Workday tenant name in every path (`/ccx/api/staffing/v6/{tenant}/…`) */
  HCM_TENANT: z.string().min(1).default('northwind'),
  /** workers asked for per staffing API page (the vendor allows at most 100) */
  HCM_PAGE_SIZE: z.coerce.number().int().min(1).max(100).default(100),
  /** how long the worker directory (workers with their cost rates) is served from memory */
  HCM_CACHE_TTL_MS: z.coerce.number().int().min(0).default(60_000),
};

/** Everything system-hcm reads besides the gateway's shared variables. */
export const systemHcmConfigShape = { ...vendorHttpConfigShapeFor(['hcm']), ...hcmConfigShape };

export type HcmConfig = ConfigOf<typeof hcmConfigShape>;
