import { OpportunityAssignmentDto, OpportunityDto } from '@p2c/canonical';
import { CrmRecord } from '../crm/crm-record';
import { CrmValues } from '../crm/crm-values';
import { billingModelOf } from './billing-model';
import { toMilestones } from './to-milestones';

/** Canonical ids of an opportunity and of the records it refers to. */
export interface OpportunityIds {
  opportunity: string;
  customer?: string;
  /** CRM milestone id → canonical milestone id */
  milestones: ReadonlyMap<string, string>;
}

/** An Opportunity and its Milestone__c and Resource_Assignment__c records as a canonical deal. */
export function toOpportunity(
  record: CrmRecord,
  ids: OpportunityIds,
  milestones: readonly CrmRecord[],
  assignments: readonly CrmRecord[],
): OpportunityDto {
  const values = new CrmValues(record);
  const currency = values.currency('CurrencyIsoCode');
  const billingModel = values.text('Billing_Model__c', 'the billing model is unknown');
  const model = billingModel === undefined ? undefined : billingModelOf(billingModel);
  if (billingModel !== undefined && model === undefined)
    values.issues.push(
      `Billing_Model__c "${billingModel}" is not a known billing model (time and materials, fixed fee, milestone, retainer).`,
    );
  const hasAccount = values.text('AccountId', 'the deal has no customer account') !== undefined;
  return {
    id: ids.opportunity,
    crmId: String(record.Id),
    customer: hasAccount ? ids.customer : undefined,
    name: values.text('Name') ?? String(record.Id),
    stage: values.text('StageName') ?? '',
    isWon: record.IsWon === true,
    closeDate: values.date('CloseDate'),
    amount: values.money('Amount', currency, 'the deal has no value'),
    billingModel: model,
    legalEntity: values.text('Legal_Entity__c', 'the deal has no legal entity'),
    costCenter: values.text('Cost_Center__c', 'the deal has no cost centre'),
    rateCard: values.text('Rate_Card__c'),
    startDate: values.date('Start_Date__c', 'the work has no start'),
    endDate: values.date('End_Date__c', 'the work has no end'),
    budgetHours: values.number('Budget_Hours__c'),
    milestones: toMilestones(milestones, ids.milestones, currency, values.issues),
    assignments: assignments.flatMap((assignment) => toAssignment(assignment, values.issues)),
    lastModifiedAt: values.timestamp('LastModifiedDate'),
    issues: values.issues,
  };
}

function toAssignment(record: CrmRecord, issues: string[]): OpportunityAssignmentDto[] {
  const crmId = String(record.Id);
  const values = new CrmValues(record);
  const worker = values.text('Worker_Id__c');
  const role = values.text('Role__c');
  if (worker === undefined || role === undefined) {
    issues.push(`Resource assignment ${crmId} is left out: it needs Worker_Id__c and Role__c.`);
    return [];
  }
  const assignment: OpportunityAssignmentDto = {
    crmId,
    worker,
    role,
    startDate: values.date('Start_Date__c'),
    endDate: values.date('End_Date__c'),
    hoursPerWeek: values.number('Hours_Per_Week__c'),
  };
  issues.push(...values.issues.map((issue) => `Resource assignment ${crmId}: ${issue}`));
  return [assignment];
}
