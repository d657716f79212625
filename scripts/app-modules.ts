import { Type } from '@nestjs/common';
import { GatewayAppName } from '@p2c/platform';
import { ExperienceApiModule } from '../apps/experience-api/src/experience-api.module';
import { ProcessBillingModule } from '../apps/process-billing/src/process-billing.module';
import { ProcessForecastModule } from '../apps/process-forecast/src/process-forecast.module';
import { ProcessOnboardingModule } from '../apps/process-onboarding/src/process-onboarding.module';
import { ProcessTimeModule } from '../apps/process-time/src/process-time.module';
import { SystemCrmModule } from '../apps/system-crm/src/system-crm.module';
import { SystemErpModule } from '../apps/system-erp/src/system-erp.module';
import { SystemHcmModule } from '../apps/system-hcm/src/system-hcm.module';
import { SystemPsaModule } from '../apps/system-psa/src/system-psa.module';
import { VendorSandboxModule } from '../apps/vendor-sandbox/src/vendor-sandbox.module';

/** Every app's root module (a new app in GATEWAY_APPS fails to compile here until it is added). */
export const APP_MODULES: Record<GatewayAppName, Type<unknown>> = {
  'vendor-sandbox': VendorSandboxModule,
  'system-crm': SystemCrmModule,
  'system-psa': SystemPsaModule,
  'system-erp': SystemErpModule,
  'system-hcm': SystemHcmModule,
  'process-onboarding': ProcessOnboardingModule,
  'process-time': ProcessTimeModule,
  'process-billing': ProcessBillingModule,
  'process-forecast': ProcessForecastModule,
  'experience-api': ExperienceApiModule,
};

export function appModules(): [GatewayAppName, Type<unknown>][] {
  return Object.entries(APP_MODULES) as [GatewayAppName, Type<unknown>][];
}
