import { Module, ModuleMetadata, Type } from '@nestjs/common';
import { GatewayModule, GatewayModuleOptions } from '@p2c/platform';
import { VendorCircuitReadiness, VendorHttpModule, vendorHttpDevSecrets } from '@p2c/vendor-http';
import { ChangeOrdersModule } from './change-orders/change-orders.module';
import { CheckpointsModule } from './checkpoints/checkpoints.module';
import { ContractsModule } from './contracts/contracts.module';
import { CustomersModule } from './customers/customers.module';
import { OpportunitiesModule } from './opportunities/opportunities.module';
import { systemCrmConfigShape } from './system-crm-config';

export type SystemCrmModuleOptions = Pick<GatewayModuleOptions, 'env' | 'logDestination'>;

function systemCrmImports(options: SystemCrmModuleOptions): ModuleMetadata['imports'] {
  return [
    GatewayModule.forRoot({
      app: 'system-crm',
      config: systemCrmConfigShape,
      devSecrets: vendorHttpDevSecrets,
      readiness: [VendorCircuitReadiness],
      ...options,
    }),
    VendorHttpModule.forRoot(['crm']),
    OpportunitiesModule,
    CustomersModule,
    ContractsModule,
    ChangeOrdersModule,
    CheckpointsModule,
  ];
}

/**
 * System API for the CRM: closed-won deals, customers, contracts and change orders in the
 * canonical model, change feeds with checkpoints in Postgres, inside the CRM's daily API quota.
 */
@Module({ imports: systemCrmImports({}) })
export class SystemCrmModule {
  /** The same app with config values and a log destination of the caller's (tests, scripts). */
  static with(options: SystemCrmModuleOptions): Type<unknown> {
    @Module({ imports: systemCrmImports(options) })
    class ConfiguredSystemCrmModule {}
    return ConfiguredSystemCrmModule;
  }
}
