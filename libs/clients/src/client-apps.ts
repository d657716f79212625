import type { GatewayAppName } from '@p2c/platform';

/** The apps the process tier calls over HTTP: each gets a client generated from its document. */
export const CLIENT_APPS = [
  'system-crm',
  'system-psa',
  'system-erp',
  'system-hcm',
  'process-onboarding',
  'process-time',
  'process-billing',
  'process-forecast',
] as const satisfies readonly GatewayAppName[];

export type ClientApp = (typeof CLIENT_APPS)[number];
