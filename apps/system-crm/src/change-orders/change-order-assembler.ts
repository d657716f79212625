import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ChangeOrderDto } from '@p2c/canonical';
import { CanonicalIds, resolved } from '../canonical-ids/canonical-ids';
import { CrmClient } from '../crm/crm-client';
import { CrmRecord, crmIdsOf } from '../crm/crm-record';
import { OpportunityAssembler } from '../opportunities/opportunity-assembler';
import { SystemCrmConfig } from '../system-crm-config';
import { changeOrdersSoql } from './change-order-soql';
import { toChangeOrder } from './to-change-order';

/**
 * Canonical change orders out of Change_Order__c records, with their deals' terms now: the deals
 * of a whole page are read at once (one /composite call).
 */
@Injectable()
export class ChangeOrderAssembler {
  private readonly approvedStatus: string;

  constructor(
    private readonly crm: CrmClient,
    private readonly ids: CanonicalIds,
    private readonly deals: OpportunityAssembler,
    config: ConfigService<SystemCrmConfig, true>,
  ) {
    this.approvedStatus = config.get('CRM_CHANGE_ORDER_APPROVED_STATUS', { infer: true });
  }

  async assemble(changeOrders: readonly CrmRecord[]): Promise<ChangeOrderDto[]> {
    const dealIds = [...new Set(crmIdsOf(changeOrders, 'Opportunity__c'))];
    const [changeOrderIds, opportunityIds, deals] = await Promise.all([
      this.ids.ofCrmIds('change-order', crmIdsOf(changeOrders)),
      this.ids.ofCrmIds('opportunity', dealIds),
      dealIds.length > 0 ? this.deals.byCrmIds(dealIds) : [],
    ]);
    const dealOf = new Map(deals.map((deal) => [deal.crmId, deal]));
    return changeOrders.map((changeOrder) => {
      const dealId = String(changeOrder.Opportunity__c);
      return toChangeOrder(
        changeOrder,
        {
          changeOrder: resolved(changeOrderIds, String(changeOrder.Id)),
          opportunity: opportunityIds.get(dealId),
        },
        dealOf.get(dealId),
        this.approvedStatus,
      );
    });
  }

  async byCrmIds(crmIds: readonly string[]): Promise<ChangeOrderDto[]> {
    return this.assemble(await this.crm.query(changeOrdersSoql(crmIds)));
  }
}
