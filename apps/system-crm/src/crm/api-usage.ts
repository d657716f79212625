/** The CRM's daily API allowance as a response reported it. */
export interface ApiUsage {
  used: number;
  max: number;
}

const API_USAGE = /(?:^|[\s;,])api-usage=(\d+)\/(\d+)/;

/** Reads `Sforce-Limit-Info: api-usage=18/5000` (other parts, e.g. per-app-api-usage, ignored). */
export function parseApiUsage(header: string | string[] | undefined): ApiUsage | undefined {
  const text = Array.isArray(header) ? header.join(', ') : header;
  const match = API_USAGE.exec(text ?? '');
  if (!match) return undefined;
  const max = Number(match[2]);
  return max > 0 ? { used: Number(match[1]), max } : undefined;
}
