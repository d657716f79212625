import { CostRateDto, Money, WorkerDto, isCalendarDate } from '@p2c/canonical';
import type { CostRateReportEntry, HcmWorkerRecord } from './hcm-records';

export interface CanonicalWorkers {
  /** ordered by id */
  workers: WorkerDto[];
  /** records or rows left out, and why (for the logs: the HCM's data needs a person) */
  problems: string[];
}

/**
 * Joins the staffing API's workers with the Worker_Cost_Rates rows on the employee id. A row
 * that says the worker is inactive makes them inactive; a row whose rate or dates do not parse
 * is left out, so that worker prices as if the rate were missing rather than at a wrong rate.
 */
export function toCanonicalWorkers(
  records: readonly HcmWorkerRecord[],
  entries: readonly CostRateReportEntry[],
): CanonicalWorkers {
  const problems: string[] = [];
  const rowsByEmployee = new Map<string, CostRateReportEntry[]>();
  for (const entry of entries) {
    const employeeId = String(entry.Employee_ID);
    rowsByEmployee.set(employeeId, [...(rowsByEmployee.get(employeeId) ?? []), entry]);
  }

  const workers = new Map<string, WorkerDto>();
  for (const record of records) {
    const id = record.workerId;
    if (!id) {
      problems.push(`worker ${record.id} has no employee id`);
      continue;
    }
    if (workers.has(id)) continue;
    const rows = rowsByEmployee.get(id) ?? [];
    const costRates: CostRateDto[] = [];
    for (const row of rows) {
      const rate = toCostRate(row);
      if (typeof rate === 'string') problems.push(`cost rate of ${id} left out: ${rate}`);
      else costRates.push(rate);
    }
    costRates.sort((a, b) => compare(a.effectiveFrom, b.effectiveFrom));
    workers.set(id, {
      id,
      name: record.descriptor,
      role: firstOf(rows, 'Job_Profile'),
      legalEntity: firstOf(rows, 'Company'),
      costCenter: firstOf(rows, 'Cost_Center'),
      active: !rows.some(isInactive),
      costRates,
    });
  }
  return { workers: [...workers.values()].sort((a, b) => compare(a.id, b.id)), problems };
}

function toCostRate(row: CostRateReportEntry): CostRateDto | string {
  const from = row.Effective_From;
  const to = row.Effective_To || undefined;
  if (!isCalendarDate(from)) return `Effective_From ${String(from)} is not a date`;
  if (to !== undefined && (!isCalendarDate(to) || to < from))
    return `Effective_To ${String(to)} is not a date on or after ${from}`;
  let rate: Money;
  try {
    rate = Money.of(String(row.Cost_Rate), row.Currency);
  } catch {
    return `${String(row.Cost_Rate)} ${String(row.Currency)} is not an amount of money`;
  }
  if (rate.minor < 0n) return `${rate.toString()} is negative`;
  return { rate: rate.toJSON(), effectiveFrom: from, ...(to ? { effectiveTo: to } : {}) };
}

function isInactive(row: CostRateReportEntry): boolean {
  return row.Active === '0' || row.Active === false;
}

function firstOf(
  rows: readonly CostRateReportEntry[],
  column: 'Job_Profile' | 'Company' | 'Cost_Center',
): string | undefined {
  return rows.find((row) => row[column])?.[column];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
