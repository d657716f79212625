import { Module, ModuleMetadata, Type } from '@nestjs/common';
import { ApiClientsModule } from '@p2c/clients';
import { DeadLettersModule, ExceptionRetryBatchesModule } from '@p2c/flow';
import { OutboxModule, QueueName } from '@p2c/messaging';
import { GatewayModule, GatewayModuleOptions } from '@p2c/platform';
import { FORECAST_FLOW } from './common/forecast-flow';
import { ExceptionsModule } from './exceptions/exceptions.module';
import { ForecastWorkers } from './forecast-workers';
import { ForecastsModule } from './forecasts/forecasts.module';
import { IntakeModule } from './intake/intake.module';
import { KpisModule } from './kpis/kpis.module';
import { PROCESS_FORECAST_CALLS, processForecastConfigShape } from './process-forecast-config';
import { RevenueModule } from './revenue/revenue.module';
import { UtilisationModule } from './utilisation/utilisation.module';

export type ProcessForecastOptions = Pick<GatewayModuleOptions, 'env' | 'logDestination'>;

function processForecastImports(options: ProcessForecastOptions): ModuleMetadata['imports'] {
  return [
    GatewayModule.forRoot({
      app: 'process-forecast',
      config: processForecastConfigShape,
      ...options,
    }),
    ApiClientsModule.forRoot({ caller: 'process-forecast', apps: PROCESS_FORECAST_CALLS }),
    OutboxModule,
    ForecastsModule,
    IntakeModule,
    UtilisationModule,
    RevenueModule,
    KpisModule,
    ExceptionsModule,
    ExceptionRetryBatchesModule.forApp({
      flow: FORECAST_FLOW,
      operationName: 'Forecast',
      queue: QueueName.ForecastExceptionRetries,
      retries: ExceptionsModule,
    }),
    DeadLettersModule.forApp({
      operationName: 'Forecast',
      queues: [
        QueueName.ForecastBusinessEvents,
        QueueName.PsaStaffingEvents,
        QueueName.ForecastIntake,
      ],
      inboxQueues: [QueueName.PsaStaffingEvents],
    }),
  ];
}

/**
 * Staffing and forecast: per project, posted actuals up to the world's date plus the plan after
 * it, priced day by day at effective-dated bill and cost rates, recomputed on activation, on
 * each PSA staffing change (webhook or feed) and nightly, each change kept as a version;
 * MARGIN_AT_RISK when the projected margin falls below the threshold; utilisation and the bench.
 * `PROCESS_ROLE` decides whether this process serves the API, runs the workers, or both.
 */
@Module({ imports: processForecastImports({}), providers: [ForecastWorkers] })
export class ProcessForecastModule {
  /** The same app with config values and a log destination of the caller's (tests, scripts). */
  static with(options: ProcessForecastOptions): Type<unknown> {
    @Module({ imports: processForecastImports(options), providers: [ForecastWorkers] })
    class ConfiguredProcessForecastModule {}
    return ConfiguredProcessForecastModule;
  }
}
