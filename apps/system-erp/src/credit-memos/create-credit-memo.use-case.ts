import { Injectable } from '@nestjs/common';
import { CreateErpCreditMemoDto, ErpCreditMemoDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ErpLinks } from '../erp/erp-links';
import { SystemErpErrorCode, SystemErpException } from '../erp/system-erp.exception';
import { CREDIT_MEMO } from '../sales-documents/sales-document-kind';
import { SalesDocumentWriter } from '../sales-documents/sales-document-writer';
import { ErpCreditMemoMapper } from './erp-credit-memo.mapper';

/**
 * Raises a project's credit memo in the ERP once (external id = the canonical id), as invoices
 * are raised (SalesDocumentWriter): a retry answers the credit memo the ERP holds, unchanged.
 * The credited invoice, where one is named, is looked up by its canonical id (its external id):
 * 422 INVOICE_NOT_IN_ERP when the ERP has none; the ERP itself refuses one of another customer
 * or currency.
 */
@Injectable()
export class CreateCreditMemoUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly links: ErpLinks,
    private readonly documents: SalesDocumentWriter,
    private readonly mapper: ErpCreditMemoMapper,
  ) {}

  execute(id: string, memo: CreateErpCreditMemoDto): Promise<ErpCreditMemoDto> {
    return this.documents.raise(CREDIT_MEMO, id, memo, {
      fields: async () => ({
        createdFrom:
          memo.creditedInvoice === undefined
            ? null
            : { id: await this.invoiceErpId(memo.creditedInvoice) },
      }),
      present: (record) => this.mapper.toCreditMemo(id, record),
    });
  }

  private async invoiceErpId(invoiceId: string): Promise<string> {
    const invoice = await this.erp.find('invoice', { externalId: invoiceId });
    if (!invoice)
      throw new SystemErpException(
        SystemErpErrorCode.INVOICE_NOT_IN_ERP,
        `The ERP holds no invoice ${invoiceId} to credit.`,
        { creditedInvoice: invoiceId },
      );
    const erpId = String(invoice.id);
    await this.links.link('invoice', invoiceId, erpId);
    return erpId;
  }
}
