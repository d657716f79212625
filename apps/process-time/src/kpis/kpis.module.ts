import { Global, Module } from '@nestjs/common';
import { registerKpiGauges } from './kpi-gauges';
import { KpisController } from './kpis.controller';
import { ReadProjectActualsUseCase } from './read-project-actuals.use-case';
import { ReadUtilisationUseCase } from './read-utilisation.use-case';
import { TimeKpis } from './time-kpis';
import { TimeMetrics } from './time-metrics';

/**
 * The flow's KPIs: `GET /kpis`, per project (`/kpis/projects`) and per worker
 * (`/kpis/utilisation`), the Prometheus counters and the gauges read at scrape time.
 */
@Global()
@Module({
  controllers: [KpisController],
  providers: [TimeKpis, TimeMetrics, ReadProjectActualsUseCase, ReadUtilisationUseCase],
  exports: [TimeMetrics],
})
export class KpisModule {
  constructor() {
    registerKpiGauges();
  }
}
