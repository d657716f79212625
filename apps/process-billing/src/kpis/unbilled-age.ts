import type { CalendarDate } from '@p2c/canonical';

/** How long billable work has waited to be billed, in days since its date. */
export const UNBILLED_AGES = ['0-30', '31-60', '61-90', 'over-90'] as const;
export type UnbilledAge = (typeof UNBILLED_AGES)[number];

const DAY_MS = 86_400_000;

/**
 * The age bucket of work dated `date` (a posting's work date, a schedule line's due or completion
 * date) on `today`, both UTC calendar dates; work dated after today is in the first bucket.
 */
export function unbilledAge(date: CalendarDate, today: CalendarDate): UnbilledAge {
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY_MS;
  if (days <= 30) return '0-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return 'over-90';
}
