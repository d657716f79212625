import { Injectable } from '@nestjs/common';
import { ErpInvoiceDto, InvoiceStatus } from '@p2c/canonical';
import { ErpRecord, refOf, textOf } from '../erp/erp-record';
import { ErpSalesDocumentMapper } from '../sales-documents/erp-sales-document.mapper';

const STATUS: Record<string, InvoiceStatus> = {
  open: 'OPEN',
  partiallyPaid: 'PARTIALLY_PAID',
  paidInFull: 'PAID',
  voided: 'VOIDED',
};

/** An ERP invoice in canonical terms, with its due date and what has been paid. */
@Injectable()
export class ErpInvoiceMapper {
  constructor(private readonly documents: ErpSalesDocumentMapper) {}

  async toInvoice(id: string, invoice: ErpRecord): Promise<ErpInvoiceDto> {
    const document = await this.documents.toDocument(id, invoice);
    const { currency } = document.total;
    return {
      ...document,
      dueDate: textOf(invoice.dueDate),
      amountPaid: this.documents.money(invoice.amountPaid, currency),
      amountDue: this.documents.money(invoice.amountRemaining, currency),
      status: STATUS[refOf(invoice.status)?.id ?? ''] ?? 'OPEN',
    };
  }
}
