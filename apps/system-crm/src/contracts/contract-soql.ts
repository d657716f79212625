import { FeedDefinition } from '../changes/change-feed';
import { soqlIn, soqlString } from '../crm/soql';

const CONTRACT_FIELDS = [
  'Id',
  'AccountId',
  'Opportunity__c',
  'Status',
  'StartDate',
  'ContractTerm',
  'CurrencyIsoCode',
  'Not_To_Exceed__c',
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

/** Every contract of a deal, the earliest start first (a contract without one last). */
export function opportunityContractsSoql(opportunityCrmId: string): string {
  return `SELECT ${CONTRACT_FIELDS.join(', ')} FROM Contract WHERE Opportunity__c = ${soqlString(opportunityCrmId)} ORDER BY StartDate ASC NULLS LAST, Id ASC`;
}
