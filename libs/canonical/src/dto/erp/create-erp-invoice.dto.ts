import { InvoiceDueDate } from '../invoice-due-date.decorator';
import { ErpSalesDocumentInputDto } from './erp-sales-document-input.dto';

/** An invoice to raise in the ERP for a project; the ERP adds the legal entity's tax. */
export class CreateErpInvoiceDto extends ErpSalesDocumentInputDto {
  @InvoiceDueDate()
  dueDate?: string;
}
