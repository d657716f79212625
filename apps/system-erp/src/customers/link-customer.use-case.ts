import { Injectable } from '@nestjs/common';
import { ErpCustomerDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ErpLinks } from '../erp/erp-links';
import { textOf } from '../erp/erp-record';
import { factsOfRecord } from './customer-facts';
import { ErpCustomerMapper } from './erp-customer.mapper';
import { SystemErpErrorCode, SystemErpException } from '../erp/system-erp.exception';

/**
 * Adopts a customer the ERP already holds (the clear match of a search) as a canonical
 * customer's record: the record gets the canonical id as its external id, keeping the ERP's own
 * name and fields, and the cross-reference is linked. Doing it again is a no-op; a record that
 * already belongs to another canonical customer, or a canonical customer already linked to
 * another record, is a 409.
 */
@Injectable()
export class LinkCustomerUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly links: ErpLinks,
    private readonly mapper: ErpCustomerMapper,
  ) {}

  async execute(id: string, erpId: string): Promise<ErpCustomerDto> {
    const linked = await this.links.erpIdOf('customer', id);
    if (linked !== undefined && linked !== erpId)
      throw new SystemErpException(
        SystemErpErrorCode.CROSS_REFERENCE_CONFLICT,
        `Customer ${id} is already linked to ERP customer ${linked}, not ${erpId}.`,
        { customer: id, erpId: linked },
      );
    const record = await this.erp.get('customer', { id: erpId });
    const holder = textOf(record.externalId);
    if (holder !== undefined && holder !== id)
      throw new SystemErpException(
        SystemErpErrorCode.ERP_RECORD_TAKEN,
        `ERP customer ${erpId} already has the external id ${holder}; it is not free to link to ${id}.`,
        { erpId, externalId: holder },
      );
    if (holder !== id) await this.erp.update('customer', erpId, { externalId: id });
    await this.links.link('customer', id, erpId);
    return this.mapper.toCustomer(id, factsOfRecord({ ...record, externalId: id }));
  }
}
