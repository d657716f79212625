import { Module } from '@nestjs/common';
import { ErpModule } from '../erp/erp.module';
import { ErpSalesDocumentMapper } from './erp-sales-document.mapper';
import { SalesDocumentWriter } from './sales-document-writer';

/** What invoices and credit memos share: the write once by external id, and the mapping. */
@Module({
  imports: [ErpModule],
  providers: [ErpSalesDocumentMapper, SalesDocumentWriter],
  exports: [ErpSalesDocumentMapper, SalesDocumentWriter],
})
export class SalesDocumentsModule {}
