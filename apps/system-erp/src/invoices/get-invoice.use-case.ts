import { Injectable } from '@nestjs/common';
import { ErpInvoiceDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ErpInvoiceMapper } from './erp-invoice.mapper';

/** An invoice's number, amounts and payment status as the ERP holds them now. */
@Injectable()
export class GetInvoiceUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly mapper: ErpInvoiceMapper,
  ) {}

  async execute(id: string): Promise<ErpInvoiceDto> {
    return this.mapper.toInvoice(id, await this.erp.get('invoice', { externalId: id }));
  }
}
