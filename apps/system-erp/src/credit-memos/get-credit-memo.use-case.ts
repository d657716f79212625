import { Injectable } from '@nestjs/common';
import { ErpCreditMemoDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ErpCreditMemoMapper } from './erp-credit-memo.mapper';

/** A credit memo's number and amounts as the ERP holds them now. */
@Injectable()
export class GetCreditMemoUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly mapper: ErpCreditMemoMapper,
  ) {}

  async execute(id: string): Promise<ErpCreditMemoDto> {
    return this.mapper.toCreditMemo(id, await this.erp.get('creditMemo', { externalId: id }));
  }
}
