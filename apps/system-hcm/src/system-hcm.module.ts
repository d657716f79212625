import { Module, ModuleMetadata, Type } from '@nestjs/common';
import { GatewayModule, GatewayModuleOptions } from '@p2c/platform';
import { VendorCircuitReadiness, VendorHttpModule, vendorHttpDevSecrets } from '@p2c/vendor-http';
import { systemHcmConfigShape } from './system-hcm-config';
import { WorkersModule } from './workers/workers.module';

export type SystemHcmOptions = Pick<GatewayModuleOptions, 'env' | 'logDestination'>;

function systemHcmImports(options: SystemHcmOptions): ModuleMetadata['imports'] {
  return [
    GatewayModule.forRoot({
      app: 'system-hcm',
      config: systemHcmConfigShape,
      devSecrets: vendorHttpDevSecrets,
      readiness: [VendorCircuitReadiness],
      ...options,
    }),
    VendorHttpModule.forRoot(['hcm']),
    WorkersModule,
  ];
}

/** System API over the HCM: canonical workers with their effective-dated cost rates. */
@Module({ imports: systemHcmImports({}) })
export class SystemHcmModule {
  /** The same app with config values and a log destination of the caller's (tests, scripts). */
  static with(options: SystemHcmOptions): Type<unknown> {
    @Module({ imports: systemHcmImports(options) })
    class ConfiguredSystemHcmModule {}
    return ConfiguredSystemHcmModule;
  }
}
