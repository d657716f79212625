/** A record as the CRM's REST API returns it: field name → value (`attributes` included). */
export type CrmRecord = Record<string, unknown>;

/** One page of a SOQL query's answer. */
export interface QueryResult {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: CrmRecord[];
}

/** The CRM ids a field of the records holds (`Id`, or a reference such as `AccountId`). */
export function crmIdsOf(records: readonly CrmRecord[], field = 'Id'): string[] {
  return records
    .map((record) => record[field])
    .filter((id): id is string => typeof id === 'string');
}
