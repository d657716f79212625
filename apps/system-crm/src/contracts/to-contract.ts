import { ContractDto } from '@p2c/canonical';
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
    lastModifiedAt: values.timestamp('LastModifiedDate'),
  };
}
