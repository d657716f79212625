import { ContractDto, MoneyJson } from '@p2c/canonical';
import { CrmRecord } from '../crm/crm-record';
import { CrmValues } from '../crm/crm-values';
import { contractEndDate } from './contract-end-date';

export interface ContractIds {
  contract: string;
  customer?: string;
  opportunity?: string;
}

/** A Contract as a canonical contract. */
export function toContract(record: CrmRecord, ids: ContractIds): ContractDto {
  const values = new CrmValues(record);
  const startDate = values.date('StartDate');
  const term = values.number('ContractTerm');
  const termMonths = term !== undefined && Number.isInteger(term) && term >= 0 ? term : undefined;
  return {
    id: ids.contract,
    crmId: String(record.Id),
    customer: ids.customer,
    opportunity: ids.opportunity,
    status: values.text('Status'),
    startDate,
    termMonths,
    endDate:
      startDate !== undefined && termMonths !== undefined
        ? contractEndDate(startDate, termMonths)
        : undefined,
    notToExceed: notToExceedOf(values),
    lastModifiedAt: values.timestamp('LastModifiedDate'),
    issues: values.issues,
  };
}

/**
 * The contract's cap in its own currency. A cap that cannot be read (no currency, not an
 * amount, below zero) is absent and an issue: billing must not take it for "no cap" unawares.
 */
function notToExceedOf(values: CrmValues): MoneyJson | undefined {
  if (values.text('Not_To_Exceed__c') === undefined) return undefined;
  const cap = values.money('Not_To_Exceed__c', values.currency('CurrencyIsoCode'));
  if (!cap?.amount.startsWith('-')) return cap;
  values.issues.push(`Not_To_Exceed__c ${cap.amount} is below zero.`);
  return undefined;
}
