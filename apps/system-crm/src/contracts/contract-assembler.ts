import { Injectable } from '@nestjs/common';
import { ContractDto } from '@p2c/canonical';
import { CanonicalIds, resolved } from '../canonical-ids/canonical-ids';
import { CrmClient } from '../crm/crm-client';
import { CrmRecord, crmIdsOf } from '../crm/crm-record';
import { contractsSoql, opportunityContractsSoql } from './contract-soql';
import { toContract } from './to-contract';

/** Canonical contracts out of Contract records, their ids resolved for a page at once. */
@Injectable()
export class ContractAssembler {
  constructor(
    private readonly crm: CrmClient,
    private readonly ids: CanonicalIds,
  ) {}

  async assemble(contracts: readonly CrmRecord[]): Promise<ContractDto[]> {
    const [contractIds, customerIds, opportunityIds] = await Promise.all([
      this.ids.ofCrmIds('contract', crmIdsOf(contracts, 'Id')),
      this.ids.ofCrmIds('customer', crmIdsOf(contracts, 'AccountId')),
      this.ids.ofCrmIds('opportunity', crmIdsOf(contracts, 'Opportunity__c')),
    ]);
    return contracts.map((contract) =>
      toContract(contract, {
        contract: resolved(contractIds, String(contract.Id)),
        customer: customerIds.get(String(contract.AccountId)),
        opportunity: opportunityIds.get(String(contract.Opportunity__c)),
      }),
    );
  }

  async byCrmIds(crmIds: readonly string[]): Promise<ContractDto[]> {
    return this.assemble(await this.crm.query(contractsSoql(crmIds)));
  }

  async ofOpportunity(opportunityCrmId: string): Promise<ContractDto[]> {
    return this.assemble(await this.crm.query(opportunityContractsSoql(opportunityCrmId)));
  }
}
