import { Module, ModuleMetadata, Type } from '@nestjs/common';
import { PlatformModule, PlatformOptions } from '@p2c/platform';
import { AdminModule } from './admin/admin.module';
import { CrmModule } from './crm/crm.module';
import { ErpModule } from './erp/erp.module';
import { HcmModule } from './hcm/hcm.module';
import { PipelineModule } from './pipeline/pipeline.module';
import { PsaModule } from './psa/psa.module';
import { sandboxConfigShape } from './sandbox-config';
import { WorldModule } from './world/world.module';

export interface SandboxModuleOptions {
  /** config values that win over the environment */
  env?: Record<string, string>;
  logDestination?: PlatformOptions['logDestination'];
}

function sandboxImports(options: SandboxModuleOptions): ModuleMetadata['imports'] {
  return [
    PlatformModule.forRoot({
      app: 'vendor-sandbox',
      config: sandboxConfigShape,
      env: options.env,
      logDestination: options.logDestination,
    }),
    WorldModule,
    PipelineModule,
    AdminModule,
    CrmModule,
    PsaModule,
    ErpModule,
    HcmModule,
  ];
}

/**
 * The vendor sandbox: a CRM, PSA, ERP and HCM in their vendors' wire formats, held in memory,
 * with the admin API under /__sandbox. No Postgres, no Redis, no gateway JWT.
 */
@Module({ imports: sandboxImports({}) })
export class VendorSandboxModule {
  /** The same app with config values and a log destination of the caller's (tests, benchmarks). */
  static with(options: SandboxModuleOptions): Type<unknown> {
    @Module({ imports: sandboxImports(options) })
    class ConfiguredVendorSandboxModule {}
    return ConfiguredVendorSandboxModule;
  }
}
