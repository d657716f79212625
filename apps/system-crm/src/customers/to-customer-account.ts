import { CustomerAccountDto } from '@p2c/canonical';
import { CrmRecord } from '../crm/crm-record';
import { CrmValues } from '../crm/crm-values';

/** An Account as a canonical customer. */
export function toCustomerAccount(record: CrmRecord, id: string): CustomerAccountDto {
  const values = new CrmValues(record);
  const crmId = String(record.Id);
  return {
    id,
    crmId,
    name: values.text('Name') ?? crmId,
    taxId: values.text('Tax_Id__c'),
    billingCountry: values.text('BillingCountry'),
    partner: values.text('Partner__c'),
    lastModifiedAt: values.timestamp('LastModifiedDate'),
  };
}
