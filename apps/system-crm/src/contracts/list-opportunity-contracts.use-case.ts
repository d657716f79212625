import { Injectable } from '@nestjs/common';
import { ContractListDto } from '@p2c/canonical';
import { CanonicalIds } from '../canonical-ids/canonical-ids';
import { CRM_ID_PATTERN } from '../common/crm-id-pattern';
import { notFound } from '../common/not-found';
import { ContractAssembler } from './contract-assembler';

/**
 * A deal's contracts (with their not-to-exceed amounts), by the deal's canonical id or its CRM
 * id, in one CRM query. A canonical id is one system-crm issued (`opp_…`; CRM ids never hold
 * `_`); an unknown one is 404 NOT_FOUND. A CRM id is asked of the CRM as it is: a deal without
 * contracts, or one the CRM does not hold, has none.
 */
@Injectable()
export class ListOpportunityContracts {
  constructor(
    private readonly ids: CanonicalIds,
    private readonly assembler: ContractAssembler,
  ) {}

  async execute(opportunity: string): Promise<ContractListDto> {
    const crmId =
      (await this.ids.crmIdOf('opportunity', opportunity)) ??
      (CRM_ID_PATTERN.test(opportunity) ? opportunity : undefined);
    if (crmId === undefined) throw notFound('opportunity', opportunity);
    return { items: await this.assembler.ofOpportunity(crmId) };
  }
}
