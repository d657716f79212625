import { FeedDefinition } from '../changes/change-feed';
import { soqlIn, soqlString } from '../crm/soql';

const CHANGE_ORDER_FIELDS = [
  'Id',
  'Name',
  'Opportunity__c',
  'Status__c',
  'Amount__c',
  'Hours__c',
  'Description__c',
  'Approved_Date__c',
  'LastModifiedDate',
] as const;

/** The feed carries approved change orders only: the ones projects must follow. */
export function approvedChangeOrdersFeed(approvedStatus: string): FeedDefinition {
  return {
    feed: 'change-orders',
    object: 'Change_Order__c',
    fields: CHANGE_ORDER_FIELDS,
    where: `Status__c = ${soqlString(approvedStatus)}`,
  };
}

export function changeOrdersSoql(crmIds: readonly string[]): string {
  return `SELECT ${CHANGE_ORDER_FIELDS.join(', ')} FROM Change_Order__c WHERE ${soqlIn('Id', crmIds)}`;
}
