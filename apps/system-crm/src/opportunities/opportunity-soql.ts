import { FeedDefinition } from '../changes/change-feed';
import { CrmRecord } from '../crm/crm-record';
import { inBatches, soqlIn } from '../crm/soql';

export const OPPORTUNITY_FIELDS = [
  'Id',
  'Name',
  'AccountId',
  'StageName',
  'CloseDate',
  'Amount',
  'CurrencyIsoCode',
  'IsWon',
  'Billing_Model__c',
  'Legal_Entity__c',
  'Cost_Center__c',
  'Rate_Card__c',
  'Start_Date__c',
  'End_Date__c',
  'Budget_Hours__c',
  'LastModifiedDate',
] as const;

const MILESTONE_FIELDS = 'Id, Name, Opportunity__c, Amount__c, Due_Date__c';
const ASSIGNMENT_FIELDS =
  'Id, Opportunity__c, Worker_Id__c, Role__c, Start_Date__c, End_Date__c, Hours_Per_Week__c';

export const CLOSED_WON_FEED: FeedDefinition = {
  feed: 'closed-won-opportunities',
  object: 'Opportunity',
  fields: OPPORTUNITY_FIELDS,
  where: 'IsWon = true',
};

/** Deals at any of the given stages, e.g. late-stage deals becoming provisional projects. */
export function stageFeed(stages: readonly string[]): FeedDefinition {
  return {
    feed: 'opportunity-stages',
    object: 'Opportunity',
    fields: OPPORTUNITY_FIELDS,
    where: soqlIn('StageName', stages),
  };
}

export function opportunitiesSoql(crmIds: readonly string[]): string {
  return `SELECT ${OPPORTUNITY_FIELDS.join(', ')} FROM Opportunity WHERE ${soqlIn('Id', crmIds)}`;
}

export function milestoneQueries(opportunityIds: readonly string[]): string[] {
  return inBatches(opportunityIds).map(
    (ids) =>
      `SELECT ${MILESTONE_FIELDS} FROM Milestone__c WHERE ${soqlIn('Opportunity__c', ids)} ORDER BY Due_Date__c ASC NULLS LAST, Id ASC`,
  );
}

export function assignmentQueries(opportunityIds: readonly string[]): string[] {
  return inBatches(opportunityIds).map(
    (ids) =>
      `SELECT ${ASSIGNMENT_FIELDS} FROM Resource_Assignment__c WHERE ${soqlIn('Opportunity__c', ids)} ORDER BY Id ASC`,
  );
}

/** A deal's child records (milestones, planned assignments), grouped by opportunity id. */
export function byOpportunity(records: readonly CrmRecord[]): Map<string, CrmRecord[]> {
  const grouped = new Map<string, CrmRecord[]>();
  for (const record of records) {
    const opportunity = String(record.Opportunity__c);
    grouped.set(opportunity, [...(grouped.get(opportunity) ?? []), record]);
  }
  return grouped;
}
