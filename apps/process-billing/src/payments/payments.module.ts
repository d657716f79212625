import { Module } from '@nestjs/common';
import { DeliverySyncModule } from '../delivery-sync/delivery-sync.module';
import { PaymentSyncJob } from './payment-sync.job';
import { PaymentWorkers } from './payment-workers';
import { PaymentsController } from './payments.controller';
import { SyncInvoicePayments } from './sync-invoice-payments';
import { SyncPaymentsNowUseCase } from './sync-payments-now.use-case';
import { SyncPaymentsUseCase } from './sync-payments.use-case';

/** Payments of open invoices read from the ERP, on a schedule and on request. */
@Module({
  imports: [DeliverySyncModule],
  controllers: [PaymentsController],
  providers: [
    SyncInvoicePayments,
    SyncPaymentsUseCase,
    SyncPaymentsNowUseCase,
    PaymentSyncJob,
    PaymentWorkers,
  ],
})
export class PaymentsModule {}
