/**
 * Where a table keeps its rows' leases: the holder's token and until when it holds the row
 * (rows are keyed by `id`). Names come from code, never from a request.
 */
export interface LeaseColumns {
  table: string;
  token: string;
  until: string;
}
