import type { paths as ProcessBillingPaths } from './generated/process-billing';
import type { paths as ProcessForecastPaths } from './generated/process-forecast';
import type { paths as ProcessOnboardingPaths } from './generated/process-onboarding';
import type { paths as ProcessTimePaths } from './generated/process-time';
import type { paths as SystemCrmPaths } from './generated/system-crm';
import type { paths as SystemErpPaths } from './generated/system-erp';
import type { paths as SystemHcmPaths } from './generated/system-hcm';
import type { paths as SystemPsaPaths } from './generated/system-psa';
import type { ClientApp } from './client-apps';

/** Each client app's paths, as generated from its OpenAPI document. */
export interface ApiPaths extends Record<ClientApp, object> {
  'system-crm': SystemCrmPaths;
  'system-psa': SystemPsaPaths;
  'system-erp': SystemErpPaths;
  'system-hcm': SystemHcmPaths;
  'process-onboarding': ProcessOnboardingPaths;
  'process-time': ProcessTimePaths;
  'process-billing': ProcessBillingPaths;
  'process-forecast': ProcessForecastPaths;
}
