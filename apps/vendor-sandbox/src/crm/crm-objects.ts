/** The CRM's objects (Salesforce style): key prefix, fields, external-id fields, required fields. */
export interface CrmObject {
  keyPrefix: string;
  fields: readonly string[];
  externalIdFields: readonly string[];
  required: readonly string[];
}

const AUDIT_FIELDS = ['Id', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp'] as const;

export const CRM_OBJECTS: Record<string, CrmObject> = {
  Account: {
    keyPrefix: '001',
    fields: [
      ...AUDIT_FIELDS,
      'Name',
      'BillingCountry',
      'Tax_Id__c',
      'Partner__c',
      'External_Id__c',
    ],
    externalIdFields: ['External_Id__c', 'Tax_Id__c'],
    required: ['Name'],
  },
  Opportunity: {
    keyPrefix: '006',
    fields: [
      ...AUDIT_FIELDS,
      'Name',
      'AccountId',
      'StageName',
      'CloseDate',
      'Amount',
      'CurrencyIsoCode',
      'IsWon',
      'IsClosed',
      'Billing_Model__c',
      'Legal_Entity__c',
      'Cost_Center__c',
      'Rate_Card__c',
      'Start_Date__c',
      'End_Date__c',
      'Budget_Hours__c',
      'External_Id__c',
    ],
    externalIdFields: ['External_Id__c'],
    required: ['Name', 'StageName', 'CloseDate'],
  },
  Contract: {
    keyPrefix: '800',
    fields: [
      ...AUDIT_FIELDS,
      'AccountId',
      'Opportunity__c',
      'Status',
      'StartDate',
      'ContractTerm',
      'CurrencyIsoCode',
      'Not_To_Exceed__c',
      'External_Id__c',
    ],
    externalIdFields: ['External_Id__c'],
    required: ['AccountId'],
  },
  Change_Order__c: {
    keyPrefix: 'a02',
    fields: [
      ...AUDIT_FIELDS,
      'Name',
      'Opportunity__c',
      'Status__c',
      'Amount__c',
      'Hours__c',
      'Description__c',
      'Approved_Date__c',
      'External_Id__c',
    ],
    externalIdFields: ['External_Id__c'],
    required: ['Opportunity__c'],
  },
  Milestone__c: {
    keyPrefix: 'a03',
    fields: [
      ...AUDIT_FIELDS,
      'Name',
      'Opportunity__c',
      'Amount__c',
      'Due_Date__c',
      'External_Id__c',
    ],
    externalIdFields: ['External_Id__c'],
    required: ['Name', 'Opportunity__c'],
  },
  Resource_Assignment__c: {
    keyPrefix: 'a04',
    fields: [
      ...AUDIT_FIELDS,
      'Name',
      'Opportunity__c',
      'Worker_Id__c',
      'Role__c',
      'Start_Date__c',
      'End_Date__c',
      'Hours_Per_Week__c',
      'External_Id__c',
    ],
    externalIdFields: ['External_Id__c'],
    required: ['Opportunity__c', 'Worker_Id__c', 'Role__c'],
  },
};

/** Fields the CRM maintains itself; a write naming them is refused. */
export const SYSTEM_FIELDS = new Set<string>([...AUDIT_FIELDS, 'IsWon', 'IsClosed']);

export const WON_STAGE = 'Closed Won';
export const CLOSED_STAGES = new Set([WON_STAGE, 'Closed Lost']);

/** An object's field by any spelling (SOQL names are case-insensitive). */
export function canonicalField(object: CrmObject, name: string): string | undefined {
  const lower = name.toLowerCase();
  return object.fields.find((field) => field.toLowerCase() === lower);
}

export function canonicalObject(name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(CRM_OBJECTS).find((object) => object.toLowerCase() === lower);
}

/** Salesforce's date-time form: 2026-11-20T09:00:00.000+0000 */
export function crmDateTime(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}
