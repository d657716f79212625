import { Injectable } from '@nestjs/common';
import { ErpCustomerDto, UpsertErpCustomerDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ErpDirectory } from '../erp/erp-directory';
import { ErpUpserts } from '../erp/erp-upserts';
import { factsOfRecord } from './customer-facts';
import { ErpCustomerMapper } from './erp-customer.mapper';

/**
 * Creates or changes the ERP customer of a canonical customer (external id = canonical id) and
 * cross-references it. The subsidiary is named by its code (its external id); a tax id left out
 * leaves the ERP's as it is.
 */
@Injectable()
export class UpsertCustomerUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly upserts: ErpUpserts,
    private readonly directory: ErpDirectory,
    private readonly mapper: ErpCustomerMapper,
  ) {}

  async execute(id: string, customer: UpsertErpCustomerDto): Promise<ErpCustomerDto> {
    const erpId = await this.upserts.upsert('customer', 'customer', id, {
      companyName: customer.name,
      subsidiary: { externalId: customer.legalEntity },
      ...(customer.taxId === undefined ? {} : { vatRegNumber: customer.taxId }),
      ...(customer.currency === undefined
        ? {}
        : { currency: await this.directory.currencyRef(customer.currency) }),
    });
    return this.mapper.toCustomer(id, factsOfRecord(await this.erp.get('customer', { id: erpId })));
  }
}
