import { Module, ModuleMetadata, Type } from '@nestjs/common';
import { ApiClientsModule } from '@p2c/clients';
import { GatewayModule, GatewayModuleOptions } from '@p2c/platform';
import { DashboardsModule } from './dashboards/dashboards.module';
import { EXPERIENCE_API_CALLS, experienceApiConfigShape } from './experience-api-config';
import { FinanceModule } from './finance/finance.module';
import { ForecastsModule } from './forecasts/forecasts.module';
import { LineageModule } from './lineage/lineage.module';
import { PartnerModule } from './partner/partner.module';
import { QueuesBoardModule } from './queues-board/queues-board.module';
import { ThrottlingModule } from './throttling/throttling.module';
import { WebUiModule } from './web-ui/web-ui.module';
import { WorkbenchModule } from './workbench/workbench.module';

export type ExperienceApiOptions = Pick<GatewayModuleOptions, 'env' | 'logDestination'>;

function experienceApiImports(options: ExperienceApiOptions): ModuleMetadata['imports'] {
  return [
    GatewayModule.forRoot({ app: 'experience-api', config: experienceApiConfigShape, ...options }),
    ApiClientsModule.forRoot({ caller: 'experience-api', apps: EXPERIENCE_API_CALLS }),
    ThrottlingModule,
    FinanceModule,
    QueuesBoardModule,
    PartnerModule,
    LineageModule,
    DashboardsModule,
    ForecastsModule,
    WorkbenchModule,
    WebUiModule,
  ];
}

/**
 * What finance operations, delivery leaders, internal portals and partner teams touch: dashboards,
 * the exception workbench over every process app, the partner portal, finance actions, lineage
 * and forecasts, composed from the process APIs behind JWT roles and throttling.
 */
@Module({ imports: experienceApiImports({}) })
export class ExperienceApiModule {
  /** The same app with config values and a log destination of the caller's (tests, scripts). */
  static with(options: ExperienceApiOptions): Type<unknown> {
    @Module({ imports: experienceApiImports(options) })
    class ConfiguredExperienceApiModule {}
    return ConfiguredExperienceApiModule;
  }
}
