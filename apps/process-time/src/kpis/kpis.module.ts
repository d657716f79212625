import { Global, Module } from '@nestjs/common';
import { registerKpiGauges } from './kpi-gauges';
import { KpisController } from './kpis.controller';
import { TimeKpis } from './time-kpis';
import { TimeMetrics } from './time-metrics';

/** The flow's KPIs: `GET /kpis`, the Prometheus counters and the gauges read at scrape time. */
@Global()
@Module({
  controllers: [KpisController],
  providers: [TimeKpis, TimeMetrics],
  exports: [TimeMetrics],
})
export class KpisModule {
  constructor() {
    registerKpiGauges();
  }
}
