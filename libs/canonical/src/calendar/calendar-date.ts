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

/** The accounting period (`YYYY-MM`) a date falls in. */
export function periodOf(date: CalendarDate): string {
  return date.slice(0, 7);
}

/** Whether `date` lies in [from, to]; an absent `to` is open-ended. */
export function isWithin(date: CalendarDate, from: CalendarDate, to?: CalendarDate): boolean {
  return date >= from && (to === undefined || date <= to);
}

function toUtc(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}
