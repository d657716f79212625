import { z } from 'zod';
import { ConfigOf } from '@p2c/platform';
import { vendorHttpConfigShapeFor } from '@p2c/vendor-http';

/** The variables of the ERP system API: the ERP's vendor client and its own. */
export const systemErpConfigShape = {
  ...vendorHttpConfigShapeFor(['erp']),
  /** how long dimensions, employees and accounting periods are reused before the ERP is asked again */
  ERP_REFERENCE_CACHE_TTL_MS: z.coerce.number().int().min(1).default(60_000),
  /** records asked for per ERP list or SuiteQL page (the ERP allows up to 1000) */
  ERP_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(1000),
};

export type SystemErpConfig = ConfigOf<typeof systemErpConfigShape>;
