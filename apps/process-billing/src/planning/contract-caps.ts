import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Money } from '@p2c/canonical';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import { BillingProject } from '@p2c/persistence';

/** A contract's not-to-exceed amount, and the contract that sets it. */
export interface ContractCap {
  contract: string;
  notToExceed: Money;
}

/**
 * The not-to-exceed amount of a project's contract, where the CRM contract has one: the project's
 * deal (as its `ProjectActivated` named it, else as the PSA project records it), then that deal's
 * activated contract in force on the day (the latest to start, when several are), read fresh
 * from the CRM.
 */
@Injectable()
export class ContractCapsReader {
  constructor(
    private readonly dataSource: DataSource,
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    @InjectApiClient('system-crm') private readonly crm: ApiClient<'system-crm'>,
  ) {}

  async of(project: string, on: string): Promise<ContractCap | undefined> {
    const opportunity = await this.dealOf(project);
    if (!opportunity) return undefined;
    const { items } = await unwrap(
      this.crm.GET('/contracts', { params: { query: { opportunity } } }),
    );
    const [contract] = items
      .filter(
        (candidate) =>
          candidate.status === 'Activated' &&
          (candidate.startDate ?? '') <= on &&
          (candidate.endDate === undefined || candidate.endDate >= on),
      )
      .reverse();
    return contract?.notToExceed
      ? { contract: contract.id, notToExceed: Money.fromJson(contract.notToExceed) }
      : undefined;
  }

  private async dealOf(project: string): Promise<string | undefined> {
    const activated = await this.dataSource.getRepository(BillingProject).findOneBy({ project });
    if (activated) return activated.opportunity;
    const found = await absentOn404(
      unwrap(this.psa.GET('/projects/{id}', { params: { path: { id: project } } })),
    );
    return found?.opportunity;
  }
}
