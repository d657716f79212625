import { Injectable } from '@nestjs/common';
import { ErpCreditMemoDto } from '@p2c/canonical';
import { ErpLinks } from '../erp/erp-links';
import { ErpRecord, refOf } from '../erp/erp-record';
import { ErpSalesDocumentMapper } from '../sales-documents/erp-sales-document.mapper';

/**
 * An ERP credit memo in canonical terms. The invoice it credits is named by the canonical id the
 * gateway linked it under (absent for one the gateway never raised or credited).
 */
@Injectable()
export class ErpCreditMemoMapper {
  constructor(
    private readonly documents: ErpSalesDocumentMapper,
    private readonly links: ErpLinks,
  ) {}

  async toCreditMemo(id: string, memo: ErpRecord): Promise<ErpCreditMemoDto> {
    const invoiceErpId = refOf(memo.createdFrom)?.id;
    return {
      ...(await this.documents.toDocument(id, memo)),
      creditedInvoice:
        invoiceErpId === undefined
          ? undefined
          : await this.links.canonicalIdOf('invoice', invoiceErpId),
    };
  }
}
