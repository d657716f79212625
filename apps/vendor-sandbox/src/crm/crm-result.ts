/** One CRM answer: what a route returns and what /composite collects per subrequest. */
export interface CrmResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
