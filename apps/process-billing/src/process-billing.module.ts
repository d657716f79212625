import { Module, ModuleMetadata, Type } from '@nestjs/common';
import { ApiClientsModule } from '@p2c/clients';
import { DeadLettersModule, ExceptionRetryBatchesModule } from '@p2c/flow';
import { OutboxModule, QueueName } from '@p2c/messaging';
import { GatewayModule, GatewayModuleOptions } from '@p2c/platform';
import { BillingWorkers } from './billing-workers';
import { DeliverySyncModule } from './delivery-sync/delivery-sync.module';
import { BillingEventsModule } from './events/billing-events.module';
import { ExceptionsModule } from './exceptions/exceptions.module';
import { BILLING_FLOW } from './runs/billing-flow';
import { InvoicingModule } from './invoicing/invoicing.module';
import { KpisModule } from './kpis/kpis.module';
import { LineageModule } from './lineage/lineage.module';
import { PaymentsModule } from './payments/payments.module';
import { PROCESS_BILLING_CALLS, processBillingConfigShape } from './process-billing-config';
import { ReconciliationModule } from './reconciliation/reconciliation.module';
import { RevenueModule } from './revenue/revenue.module';
import { BillingRunsModule } from './runs/billing-runs.module';
import { SchedulesModule } from './schedules/schedules.module';

export type ProcessBillingOptions = Pick<GatewayModuleOptions, 'env' | 'logDestination'>;

function processBillingImports(options: ProcessBillingOptions): ModuleMetadata['imports'] {
  return [
    GatewayModule.forRoot({
      app: 'process-billing',
      config: processBillingConfigShape,
      ...options,
    }),
    ApiClientsModule.forRoot({ caller: 'process-billing', apps: PROCESS_BILLING_CALLS }),
    OutboxModule,
    BillingRunsModule,
    BillingEventsModule,
    SchedulesModule,
    InvoicingModule,
    ExceptionsModule,
    ExceptionRetryBatchesModule.forApp({
      flow: BILLING_FLOW,
      operationName: 'Billing',
      queue: QueueName.BillingExceptionRetries,
      retries: ExceptionsModule,
    }),
    DeadLettersModule.forApp({
      operationName: 'Billing',
      queues: [
        QueueName.BillingRun,
        QueueName.Invoicing,
        QueueName.InvoiceStatus,
        QueueName.PaymentSync,
        QueueName.Reconciliation,
        QueueName.BusinessEvents,
        QueueName.PsaMilestoneEvents,
        QueueName.BillingExceptionRetries,
      ],
      inboxQueues: [QueueName.PsaMilestoneEvents],
    }),
    KpisModule,
    RevenueModule,
    DeliverySyncModule,
    PaymentsModule,
    ReconciliationModule,
    LineageModule,
  ];
}

/**
 * Billing runs per legal entity and period: posted billable time and expenses (read from
 * process-time) become one billing event per project, each raised once as an ERP invoice by a
 * BullMQ flow (a child job per project); exceptions for what cannot be invoiced. Reconciliation
 * of each legal entity's period (PSA, ledger, ERP, billing, invoices, payments), on request and
 * nightly.
 * `PROCESS_ROLE` decides whether this process serves the API, runs the workers, or both.
 */
@Module({ imports: processBillingImports({}), providers: [BillingWorkers] })
export class ProcessBillingModule {
  /** The same app with config values and a log destination of the caller's (tests, scripts). */
  static with(options: ProcessBillingOptions): Type<unknown> {
    @Module({ imports: processBillingImports(options), providers: [BillingWorkers] })
    class ConfiguredProcessBillingModule {}
    return ConfiguredProcessBillingModule;
  }
}
