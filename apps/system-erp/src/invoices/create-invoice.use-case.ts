import { Injectable } from '@nestjs/common';
import { CreateErpInvoiceDto, ErpInvoiceDto } from '@p2c/canonical';
import { INVOICE } from '../sales-documents/sales-document-kind';
import { SalesDocumentWriter } from '../sales-documents/sales-document-writer';
import { ErpInvoiceMapper } from './erp-invoice.mapper';

/**
 * Raises a project's invoice in the ERP once (external id = the canonical invoice id), with its
 * due date; the rest is what every sales document does (SalesDocumentWriter).
 */
@Injectable()
export class CreateInvoiceUseCase {
  constructor(
    private readonly documents: SalesDocumentWriter,
    private readonly mapper: ErpInvoiceMapper,
  ) {}

  execute(id: string, invoice: CreateErpInvoiceDto): Promise<ErpInvoiceDto> {
    return this.documents.raise(INVOICE, id, invoice, {
      fields: () => Promise.resolve({ dueDate: invoice.dueDate ?? null }),
      present: (record) => this.mapper.toInvoice(id, record),
    });
  }
}
