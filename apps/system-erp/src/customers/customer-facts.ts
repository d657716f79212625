import { ErpRecord, SuiteQlRow, refOf, textOf } from '../erp/erp-record';
import { isTrue } from '../erp/suiteql';

/** An ERP customer, whether read as a record or as a SuiteQL row. */
export interface CustomerFacts {
  erpId: string;
  externalId?: string;
  name: string;
  taxId?: string;
  subsidiaryErpId?: string;
  currencyErpId?: string;
  active: boolean;
}

/** The columns `factsOfRow` reads. */
export const CUSTOMER_COLUMNS =
  'id, externalid, companyname, vatregnumber, subsidiary, currency, isinactive';

export function factsOfRecord(record: ErpRecord): CustomerFacts {
  return {
    erpId: String(record.id),
    externalId: textOf(record.externalId),
    name: textOf(record.companyName) ?? '',
    taxId: textOf(record.vatRegNumber),
    subsidiaryErpId: refOf(record.subsidiary)?.id,
    currencyErpId: refOf(record.currency)?.id,
    active: record.isInactive !== true,
  };
}

export function factsOfRow(row: SuiteQlRow): CustomerFacts {
  return {
    erpId: String(row.id),
    externalId: row.externalid,
    name: row.companyname ?? '',
    taxId: row.vatregnumber,
    subsidiaryErpId: row.subsidiary,
    currencyErpId: row.currency,
    active: !isTrue(row.isinactive),
  };
}
