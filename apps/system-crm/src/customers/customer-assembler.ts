import { Injectable } from '@nestjs/common';
import { CustomerAccountDto } from '@p2c/canonical';
import { CanonicalIds, resolved } from '../canonical-ids/canonical-ids';
import { CrmClient } from '../crm/crm-client';
import { CrmRecord, crmIdsOf } from '../crm/crm-record';
import { accountsSoql } from './customer-soql';
import { toCustomerAccount } from './to-customer-account';

/** Canonical customers out of Account records, their ids resolved for a page at once. */
@Injectable()
export class CustomerAssembler {
  constructor(
    private readonly crm: CrmClient,
    private readonly ids: CanonicalIds,
  ) {}

  async assemble(accounts: readonly CrmRecord[]): Promise<CustomerAccountDto[]> {
    const ids = await this.ids.ofCrmIds('customer', crmIdsOf(accounts));
    return accounts.map((account) => toCustomerAccount(account, resolved(ids, String(account.Id))));
  }

  async byCrmIds(crmIds: readonly string[]): Promise<CustomerAccountDto[]> {
    return this.assemble(await this.crm.query(accountsSoql(crmIds)));
  }
}
