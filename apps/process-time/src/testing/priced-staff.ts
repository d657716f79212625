/** Staffed pairs on active Northwind projects with cost and bill rates every day of Oct–Nov. */
const PRICED_STAFF = [
  ['006NW000101', 'E1001', 'PARTNER'],
  ['006NW000101', 'E1002', 'MANAGER'],
  ['006NW000101', 'E1003', 'SENIOR'],
  ['006NW000101', 'E1004', 'CONSULTANT'],
  ['006NW000102', 'E1005', 'MANAGER'],
  ['006NW000102', 'E1008', 'ANALYST'],
  ['006NW000104', 'E1013', 'SENIOR'],
  ['006NW000104', 'E1015', 'CONSULTANT'],
  ['006NW000105', 'E1017', 'PARTNER'],
  ['006NW000105', 'E1020', 'CONSULTANT'],
] as const;

export interface PricedEntry {
  opportunity: string;
  worker: string;
  role: string;
  date: string;
  hours: number;
}

/** The i-th of many entries that all post: the staff take turns over 50 days from 1 October. */
export function pricedEntryAt(i: number): PricedEntry {
  const [opportunity, worker, role] = PRICED_STAFF[i % PRICED_STAFF.length];
  const day = 1 + (Math.floor(i / PRICED_STAFF.length) % 50);
  const date =
    day <= 31
      ? `2026-10-${String(day).padStart(2, '0')}`
      : `2026-11-${String(day - 31).padStart(2, '0')}`;
  return { opportunity, worker, role, date, hours: 0.25 * (1 + (i % 12)) };
}
