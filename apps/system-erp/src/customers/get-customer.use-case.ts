import { Injectable } from '@nestjs/common';
import { ErpCustomerDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { factsOfRecord } from './customer-facts';
import { ErpCustomerMapper } from './erp-customer.mapper';

/** The ERP customer of a canonical customer (404 NOT_FOUND when it has none). */
@Injectable()
export class GetCustomerUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly mapper: ErpCustomerMapper,
  ) {}

  async execute(id: string): Promise<ErpCustomerDto> {
    return this.mapper.toCustomer(
      id,
      factsOfRecord(await this.erp.get('customer', { externalId: id })),
    );
  }
}
