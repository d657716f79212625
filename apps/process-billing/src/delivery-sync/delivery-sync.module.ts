import { Module } from '@nestjs/common';
import { ExceptionCasesModule } from '@p2c/flow';
import { CatchUpWriteBacks } from './catch-up-write-backs';
import { DeliverySyncWorkers } from './delivery-sync-workers';
import { WriteBackInvoiceJob } from './write-back-invoice.job';
import { WriteBackInvoiceUseCase } from './write-back-invoice.use-case';

/** Invoices written back to the PSA: number, status, dates, amounts and the work they bill. */
@Module({
  imports: [ExceptionCasesModule],
  providers: [WriteBackInvoiceUseCase, WriteBackInvoiceJob, DeliverySyncWorkers, CatchUpWriteBacks],
  exports: [CatchUpWriteBacks],
})
export class DeliverySyncModule {}
