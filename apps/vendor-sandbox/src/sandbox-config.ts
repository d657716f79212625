import { z } from 'zod';
import { ConfigOf, baseConfigShape, portShape } from '@p2c/platform';

const token = (fallback: string) => z.string().min(1).default(fallback);

/**
 * The sandbox's variables. Its vendor tokens and webhook secret are well-known development values
 * on purpose: the sandbox stands in for vendors in development and tests, never for production.
 */
export const sandboxConfigShape = {
  ...baseConfigShape,
  ...portShape('vendor-sandbox'),
  SANDBOX_CRM_TOKEN: token('crm-dev-token'),
  SANDBOX_PSA_TOKEN: token('psa-dev-token'),
  SANDBOX_ERP_TOKEN: token('erp-dev-token'),
  SANDBOX_HCM_TOKEN: token('hcm-dev-token'),
  SANDBOX_PSA_WEBHOOK_SECRET: token('psa-dev-webhook-secret'),
  /** how long a request picked for an injected timeout is held before the server gives up on it */
  SANDBOX_TIMEOUT_HOLD_MS: z.coerce.number().int().min(0).default(120_000),
  /** the CRM's daily API request allowance (changeable later through the state API's crm/limits) */
  SANDBOX_CRM_DAILY_API_LIMIT: z.coerce.number().int().positive().default(15_000),
};

export type SandboxConfig = ConfigOf<typeof sandboxConfigShape>;
