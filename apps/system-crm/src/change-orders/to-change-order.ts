import { ChangeOrderDto, ChangeOrderStatus, OpportunityDto } from '@p2c/canonical';
import { CrmRecord } from '../crm/crm-record';
import { CrmValues } from '../crm/crm-values';

export interface ChangeOrderIds {
  changeOrder: string;
  opportunity?: string;
}

function statusOf(status: string | undefined, approvedStatus: string): ChangeOrderStatus {
  if (status?.toLowerCase() === approvedStatus.toLowerCase()) return 'APPROVED';
  return status && /reject|cancel|declin|withdr/i.test(status) ? 'REJECTED' : 'PENDING';
}

/**
 * A Change_Order__c as a canonical change order: what it adds, and the deal's terms as the CRM
 * holds them now (`deal`, undefined when the CRM no longer has it).
 */
export function toChangeOrder(
  record: CrmRecord,
  ids: ChangeOrderIds,
  deal: OpportunityDto | undefined,
  approvedStatus: string,
): ChangeOrderDto {
  const values = new CrmValues(record);
  const dealId = values.text('Opportunity__c', 'the change order belongs to no deal');
  if (dealId !== undefined && deal === undefined)
    values.issues.push(`The deal ${dealId} is not in the CRM.`);
  const currency = deal?.amount?.currency;
  const amountChange = values.money('Amount__c', currency);
  if (amountChange === undefined && record.Amount__c != null && deal && !currency)
    values.issues.push('Amount__c has no currency: the deal has no amount.');
  return {
    id: ids.changeOrder,
    crmId: String(record.Id),
    opportunity: ids.opportunity,
    name: values.text('Name'),
    status: statusOf(values.text('Status__c'), approvedStatus),
    description: values.text('Description__c'),
    amountChange,
    hoursChange: values.number('Hours__c'),
    approvedOn: values.date('Approved_Date__c'),
    amount: deal?.amount,
    endDate: deal?.endDate,
    milestones: deal?.milestones ?? [],
    lastModifiedAt: values.timestamp('LastModifiedDate'),
    issues: values.issues,
  };
}
