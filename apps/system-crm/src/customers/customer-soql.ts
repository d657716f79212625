import { FeedDefinition } from '../changes/change-feed';
import { soqlIn } from '../crm/soql';

const ACCOUNT_FIELDS = [
  'Id',
  'Name',
  'BillingCountry',
  'Tax_Id__c',
  'Partner__c',
  'LastModifiedDate',
] as const;

export const CUSTOMERS_FEED: FeedDefinition = {
  feed: 'customers',
  object: 'Account',
  fields: ACCOUNT_FIELDS,
};

export function accountsSoql(crmIds: readonly string[]): string {
  return `SELECT ${ACCOUNT_FIELDS.join(', ')} FROM Account WHERE ${soqlIn('Id', crmIds)}`;
}
