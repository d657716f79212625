import { Module } from '@nestjs/common';
import { ExceptionCasesModule } from '@p2c/flow';
import { InvoiceEventJob } from './invoice-event.job';
import { InvoiceEventUseCase } from './invoice-event.use-case';

/** A billing event's ERP invoice, raised exactly once. */
@Module({
  imports: [ExceptionCasesModule],
  providers: [InvoiceEventUseCase, InvoiceEventJob],
  exports: [InvoiceEventJob],
})
export class InvoicingModule {}
