import { Module, ModuleMetadata, Type } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { GatewayModule, GatewayModuleOptions } from '@p2c/platform';
import { VendorCircuitReadiness, VendorHttpModule, vendorHttpDevSecrets } from '@p2c/vendor-http';
import { CheckpointsModule } from './checkpoints/checkpoints.module';
import { EventsModule } from './events/events.module';
import { ExternalReferencesModule } from './external-references/external-references.module';
import { InboxModule } from './inbox/inbox.module';
import { InvoicesModule } from './invoices/invoices.module';
import { ProjectsModule } from './projects/projects.module';
import { systemPsaConfigShape } from './psa-config';
import { VendorErrorInterceptor } from './psa/vendor-error.interceptor';
import { RateCardsModule } from './rate-cards/rate-cards.module';
import { WorkModule } from './work/work.module';

export type SystemPsaOptions = Pick<GatewayModuleOptions, 'env' | 'logDestination'>;

function metadata(options: SystemPsaOptions): ModuleMetadata {
  return {
    imports: [
      GatewayModule.forRoot({
        app: 'system-psa',
        config: systemPsaConfigShape,
        devSecrets: vendorHttpDevSecrets,
        readiness: [VendorCircuitReadiness],
        ...options,
      }),
      VendorHttpModule.forRoot(['psa']),
      ProjectsModule,
      RateCardsModule,
      WorkModule,
      InvoicesModule,
      ExternalReferencesModule,
      EventsModule,
      InboxModule,
      CheckpointsModule,
    ],
    providers: [{ provide: APP_INTERCEPTOR, useClass: VendorErrorInterceptor }],
  };
}

/**
 * The PSA system API: canonical projects, staffing, rate cards, time, expenses, milestones,
 * invoices and events over the Kantata-style PSA.
 */
@Module(metadata({}))
export class SystemPsaModule {
  /** The same app with config values and a log destination of the caller's (tests). */
  static with(options: SystemPsaOptions): Type<unknown> {
    @Module(metadata(options))
    class ConfiguredSystemPsaModule {}
    return ConfiguredSystemPsaModule;
  }
}
