import { Module, ModuleMetadata, Type } from '@nestjs/common';
import { GatewayModule, GatewayModuleOptions } from '@p2c/platform';
import { VendorCircuitReadiness, VendorHttpModule, vendorHttpDevSecrets } from '@p2c/vendor-http';
import { CreditMemosModule } from './credit-memos/credit-memos.module';
import { CustomersModule } from './customers/customers.module';
import { DimensionsModule } from './dimensions/dimensions.module';
import { EmployeesModule } from './employees/employees.module';
import { InvoicesModule } from './invoices/invoices.module';
import { PostingsModule } from './postings/postings.module';
import { ProjectsModule } from './projects/projects.module';
import { systemErpConfigShape } from './system-erp-config';

export type SystemErpOptions = Pick<GatewayModuleOptions, 'env' | 'logDestination'>;

function systemErpImports(options: SystemErpOptions): ModuleMetadata['imports'] {
  return [
    GatewayModule.forRoot({
      app: 'system-erp',
      config: systemErpConfigShape,
      devSecrets: vendorHttpDevSecrets,
      // `vendor-erp` is down while the ERP's circuit is open
      readiness: [VendorCircuitReadiness],
      ...options,
    }),
    VendorHttpModule.forRoot(['erp']),
    CreditMemosModule,
    CustomersModule,
    DimensionsModule,
    EmployeesModule,
    InvoicesModule,
    PostingsModule,
    ProjectsModule,
  ];
}

/**
 * The ERP system API: canonical customers, dimensions, projects, employees, time postings,
 * invoices and credit memos over the ERP's REST record and SuiteQL API.
 */
@Module({ imports: systemErpImports({}) })
export class SystemErpModule {
  /** The same app with config values and a log destination of the caller's (tests, scripts). */
  static with(options: SystemErpOptions): Type<unknown> {
    @Module({ imports: systemErpImports(options) })
    class ConfiguredSystemErpModule {}
    return ConfiguredSystemErpModule;
  }
}
