import { Injectable } from '@nestjs/common';
import { OpportunityDto } from '@p2c/canonical';
import { CanonicalIds, resolved } from '../canonical-ids/canonical-ids';
import { CrmClient } from '../crm/crm-client';
import { CrmRecord, crmIdsOf } from '../crm/crm-record';
import {
  assignmentQueries,
  byOpportunity,
  milestoneQueries,
  opportunitiesSoql,
} from './opportunity-soql';
import { toOpportunity } from './to-opportunity';

interface Children {
  milestones: CrmRecord[];
  assignments: CrmRecord[];
}

/** The queries for deals' milestones and assignments, and how to tell their answers apart. */
function childrenOf(crmIds: readonly string[]) {
  const milestones = milestoneQueries(crmIds);
  return {
    queries: [...milestones, ...assignmentQueries(crmIds)],
    split: (results: CrmRecord[][]): Children => ({
      milestones: results.slice(0, milestones.length).flat(),
      assignments: results.slice(milestones.length).flat(),
    }),
  };
}

/**
 * Canonical deals out of Opportunity records: their milestones and planned assignments are read
 * for a whole page at once (one /composite call), their canonical ids resolved for the page at once.
 */
@Injectable()
export class OpportunityAssembler {
  constructor(
    private readonly crm: CrmClient,
    private readonly ids: CanonicalIds,
  ) {}

  /** Deals for Opportunity records already read (e.g. a feed page). */
  async assemble(opportunities: readonly CrmRecord[]): Promise<OpportunityDto[]> {
    const crmIds = crmIdsOf(opportunities);
    if (crmIds.length === 0) return [];
    const children = childrenOf(crmIds);
    return this.toDtos(opportunities, children.split(await this.crm.queries(children.queries)));
  }

  /** Deals by CRM id, records and children in one /composite call; unknown ids are left out. */
  async byCrmIds(crmIds: readonly string[]): Promise<OpportunityDto[]> {
    const children = childrenOf(crmIds);
    const [opportunities, ...rest] = await this.crm.queries([
      opportunitiesSoql(crmIds),
      ...children.queries,
    ]);
    return this.toDtos(opportunities, children.split(rest));
  }

  private async toDtos(
    opportunities: readonly CrmRecord[],
    { milestones, assignments }: Children,
  ): Promise<OpportunityDto[]> {
    if (opportunities.length === 0) return [];
    const [opportunityIds, customerIds, milestoneIds] = await Promise.all([
      this.ids.ofCrmIds('opportunity', crmIdsOf(opportunities)),
      this.ids.ofCrmIds('customer', crmIdsOf(opportunities, 'AccountId')),
      this.ids.ofCrmIds('milestone', crmIdsOf(milestones)),
    ]);
    const milestonesOf = byOpportunity(milestones);
    const assignmentsOf = byOpportunity(assignments);
    return opportunities.map((record) => {
      const crmId = String(record.Id);
      return toOpportunity(
        record,
        {
          opportunity: resolved(opportunityIds, crmId),
          customer: customerIds.get(String(record.AccountId)),
          milestones: milestoneIds,
        },
        milestonesOf.get(crmId) ?? [],
        assignmentsOf.get(crmId) ?? [],
      );
    });
  }
}
