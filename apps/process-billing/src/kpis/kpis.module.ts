import { Global, Module } from '@nestjs/common';
import { ProjectTermsReader } from '../planning/project-terms';
import { UnbilledPostings } from '../planning/unbilled-postings';
import { UnbilledWork } from '../planning/unbilled-work';
import { BillingGauges } from './billing-gauges';
import { BillingMetrics } from './billing-metrics';
import { KpisController } from './kpis.controller';
import { ReadBillingKpisUseCase } from './read-billing-kpis.use-case';
import { ReadInvoiceLags } from './read-invoice-lags';
import { ReadReceivables } from './read-receivables';
import { ReadUnbilledWork } from './read-unbilled-work';
import { UnbilledWorkCache } from './unbilled-work-cache';

/**
 * `GET /kpis` (billing's figures, receivables and the unbilled amount included) and the
 * Prometheus metrics on `/metrics`: the counters every module records to, the gauges read at
 * scrape time.
 */
@Global()
@Module({
  controllers: [KpisController],
  providers: [
    ReadBillingKpisUseCase,
    ReadReceivables,
    ReadInvoiceLags,
    UnbilledPostings,
    ProjectTermsReader,
    UnbilledWork,
    ReadUnbilledWork,
    UnbilledWorkCache,
    BillingMetrics,
    BillingGauges,
  ],
  exports: [BillingMetrics],
})
export class KpisModule {}
