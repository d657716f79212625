import { z } from 'zod';
import { ConfigOf } from '@p2c/platform';
import { vendorHttpConfigShapeFor } from '@p2c/vendor-http';

const fraction = (fallback: number) => z.coerce.number().gt(0).max(1).default(fallback);

/** The variables of system-crm besides the shared ones (see apps/system-crm/README.md). */
export const systemCrmConfigShape = {
  ...vendorHttpConfigShapeFor(['crm']),
  /** records per CRM query page (Sforce-Query-Options batchSize, 200-2000) */
  CRM_QUERY_BATCH_SIZE: z.coerce.number().int().min(200).max(2000).default(2000),
  /** share of the daily API quota used from which calls are spaced out */
  CRM_QUOTA_SLOWDOWN_AT: fraction(0.8),
  /** share of the daily API quota used at which calls stop (the rest is left to others) */
  CRM_QUOTA_STOP_AT: fraction(0.95),
  /** spacing between calls just below the stop share; it grows linearly from 0 at the slowdown share */
  CRM_QUOTA_MAX_SPACING_MS: z.coerce.number().int().min(0).default(5_000),
  /** while stopped, how often one call goes through to see whether the quota has reset */
  CRM_QUOTA_PROBE_INTERVAL_MS: z.coerce.number().int().min(1).default(300_000),
  /** the Change_Order__c status that means approved (the change-order feed carries only these) */
  CRM_CHANGE_ORDER_APPROVED_STATUS: z.string().min(1).default('Approved'),
};

export type SystemCrmConfig = ConfigOf<typeof systemCrmConfigShape>;
