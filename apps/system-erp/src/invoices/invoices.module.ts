import { Module } from '@nestjs/common';
import { ErpModule } from '../erp/erp.module';
import { SalesDocumentsModule } from '../sales-documents/sales-documents.module';
import { CreateInvoiceUseCase } from './create-invoice.use-case';
import { ErpInvoiceMapper } from './erp-invoice.mapper';
import { GetInvoiceUseCase } from './get-invoice.use-case';
import { InvoicesController } from './invoices.controller';
import { ListInvoicePaymentsUseCase } from './list-invoice-payments.use-case';

@Module({
  imports: [ErpModule, SalesDocumentsModule],
  controllers: [InvoicesController],
  providers: [
    CreateInvoiceUseCase,
    ErpInvoiceMapper,
    GetInvoiceUseCase,
    ListInvoicePaymentsUseCase,
  ],
})
export class InvoicesModule {}
