/**
 * What a lease statement changes besides the lease, as SQL on the row (aliased `leased`): more
 * assignments, more conditions, the columns to answer with. Its parameters are numbered from $3
 * ($1 is the row's id, $2 the holder).
 */
export interface LeaseChange {
  set?: string;
  where?: string;
  returning?: string;
  parameters?: unknown[];
}
