import { FeedDefinition } from '../changes/change-feed';
import { soqlIn } from '../crm/soql';

const CONTRACT_FIELDS = [
  'Id',
  'AccountId',
  'Opportunity__c',
  'Status',
  'StartDate',
  'ContractTerm',
  'LastModifiedDate',
] as const;

export const CONTRACTS_FEED: FeedDefinition = {
  feed: 'contracts',
  object: 'Contract',
  fields: CONTRACT_FIELDS,
};

export function contractsSoql(crmIds: readonly string[]): string {
  return `SELECT ${CONTRACT_FIELDS.join(', ')} FROM Contract WHERE ${soqlIn('Id', crmIds)}`;
}
