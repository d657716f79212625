import { OpportunityMilestoneDto } from '@p2c/canonical';
import { resolved } from '../canonical-ids/canonical-ids';
import { CrmRecord } from '../crm/crm-record';
import { CrmValues } from '../crm/crm-values';

/** A deal's Milestone__c records as canonical milestones in the deal's currency. */
export function toMilestones(
  records: readonly CrmRecord[],
  canonicalIds: ReadonlyMap<string, string>,
  currency: string | undefined,
  issues: string[],
): OpportunityMilestoneDto[] {
  return records.map((record) => {
    const crmId = String(record.Id);
    const values = new CrmValues(record);
    const milestone: OpportunityMilestoneDto = {
      id: resolved(canonicalIds, crmId),
      crmId,
      name: values.text('Name') ?? crmId,
      amount: values.money('Amount__c', currency),
      dueDate: values.date('Due_Date__c'),
    };
    issues.push(...values.issues.map((issue) => `Milestone ${crmId}: ${issue}`));
    return milestone;
  });
}
