import { IsoDate } from '../scenario/scenario.types';

const DAY_MS = 24 * 60 * 60 * 1000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD form (2026-02-30 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** The accounting period (YYYY-MM) a date falls in. */
export function periodOf(date: IsoDate): string {
  return date.slice(0, 7);
}

export function periodBounds(period: string): { startDate: IsoDate; endDate: IsoDate } {
  const [year, month] = period.split('-').map(Number);
  const end = new Date(Date.UTC(year, month, 0));
  return { startDate: `${period}-01`, endDate: end.toISOString().slice(0, 10) };
}

/** "Oct 2026", as an ERP names its periods. */
export function periodName(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return `${MONTHS[month - 1]} ${year}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWeekday(date: IsoDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

/** Every Monday-to-Friday date from `from` to `to`, both inclusive. */
export function workdays(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) if (isWeekday(date)) days.push(date);
  return days;
}
