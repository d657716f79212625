import { Injectable } from '@nestjs/common';
import { CustomerMatchKind, ErpCustomerCandidateDto, ErpCustomerDto } from '@p2c/canonical';
import { ErpDirectory } from '../erp/erp-directory';
import { ErpLinks } from '../erp/erp-links';
import { CustomerFacts } from './customer-facts';

/** ERP customers in canonical terms: dimension codes and ISO currencies instead of internal ids. */
@Injectable()
export class ErpCustomerMapper {
  constructor(
    private readonly directory: ErpDirectory,
    private readonly links: ErpLinks,
  ) {}

  async toCustomer(id: string, facts: CustomerFacts): Promise<ErpCustomerDto> {
    return { id, ...(await this.described(facts)) };
  }

  async toCandidate(
    facts: CustomerFacts,
    matchedBy: CustomerMatchKind,
  ): Promise<ErpCustomerCandidateDto> {
    return {
      ...(await this.described(facts)),
      id: await this.links.canonicalIdOf('customer', facts.erpId),
      matchedBy,
    };
  }

  private async described(facts: CustomerFacts): Promise<Omit<ErpCustomerDto, 'id'>> {
    return {
      erpId: facts.erpId,
      name: facts.name,
      taxId: facts.taxId,
      legalEntity: await this.directory.legalEntityOf(facts.subsidiaryErpId),
      currency: await this.directory.currencyOf(facts.currencyErpId),
      active: facts.active,
    };
  }
}
