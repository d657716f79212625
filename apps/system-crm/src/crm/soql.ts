/** SOQL text pieces, quoted so that no value can change a query's meaning. */

/** A string literal: backslash and quote escaped as SOQL wants. */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A date-time literal in UTC with milliseconds, e.g. 2026-11-20T09:00:00.000Z */
export function soqlDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new RangeError(`not a date-time: ${iso}`);
  return new Date(time).toISOString();
}

/** `Field IN ('a','b')` */
export function soqlIn(field: string, values: readonly string[]): string {
  if (values.length === 0) throw new RangeError('IN needs at least one value');
  return `${field} IN (${values.map(soqlString).join(', ')})`;
}

/** Ids per IN list, so that a query stays far below the CRM's query length limit. */
export const IN_BATCH = 300;

/** `values` in lists of at most `size`. */
export function inBatches<T>(values: readonly T[], size = IN_BATCH): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < values.length; start += size)
    batches.push(values.slice(start, start + size));
  return batches;
}
