/**
 * Work happens on calendar dates, not instants: `YYYY-MM-DD` strings, compared as strings and
 * computed in UTC so no time zone can move a day.
 */
export type CalendarDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const date = toUtc(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function assertCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new RangeError(`not a calendar date: ${value}`);
  return value;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const next = toUtc(date);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** Monday to Friday. */
export function isWorkday(date: CalendarDate): boolean {
  const day = toUtc(date).getUTCDay();
  return day !== 0 && day !== 6;
}

/** The workdays (Monday to Friday) from `from` to `to`, both included, in order. */
export function workdaysBetween(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkday(day)) days.push(day);
  return days;
}

/**
 * The ISO 8601 week a date falls in, written `YYYY-Www` (`2026-W53`, `2027-W01`): weeks run Monday
 * to Sunday, and a week belongs to the year its Thursday falls in.
 */
export function isoWeekOf(date: CalendarDate): string {
  const day = toUtc(date);
  const thursday = addDays(date, 4 - (day.getUTCDay() || 7));
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (toUtc(thursday).getTime() - Date.UTC(year, 0, 1)) / 86_400_000;
  const week = Math.floor(dayOfYear / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The first and last day of an accounting period (`YYYY-MM`). */
export function periodBounds(period: string): { from: CalendarDate; to: CalendarDate } {
  const [year, month] = period.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` };
}

/** The accounting period (`YYYY-MM`) a date falls in. */
export function periodOf(date: CalendarDate): string {
  return date.slice(0, 7);
}

/** An accounting period written `YYYY-MM`. */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The accounting periods (`YYYY-MM`) from `from` to `to`, both included, in order. */
export function periodsBetween(from: string, to: string): string[] {
  const [year, month] = from.split('-').map(Number);
  const periods: string[] = [];
  for (let next = 0; ; next++) {
    const period = new Date(Date.UTC(year, month - 1 + next, 1)).toISOString().slice(0, 7);
    if (period > to) return periods;
    periods.push(period);
  }
}

/** Whether `date` lies in [from, to]; an absent `to` is open-ended. */
export function isWithin(date: CalendarDate, from: CalendarDate, to?: CalendarDate): boolean {
  return date >= from && (to === undefined || date <= to);
}

function toUtc(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}
