import { CalendarDate, addDays } from '@p2c/canonical';

/**
 * The last day of a contract of `months` months from `start`: the day before the same day
 * `months` later (a day the month lacks falls back to its last day: Jan 31 + 1 month → Feb 28).
 */
export function contractEndDate(start: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = start.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return addDays(target.toISOString().slice(0, 10), -1);
}
