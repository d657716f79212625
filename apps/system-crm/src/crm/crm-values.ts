import { Money, MoneyJson, isCalendarDate, isCurrency, isDecimal } from '@p2c/canonical';

/**
 * Reads a CRM record's field values as canonical ones. An absent value gives undefined (and,
 * when the caller says what its absence means, a sentence in `issues`); a value present but
 * unreadable gives undefined and a sentence in `issues`. So the record still arrives, and a
 * person can see what to fix in the CRM.
 */
export class CrmValues {
  readonly issues: string[] = [];

  constructor(private readonly record: Record<string, unknown>) {}

  /** @param ifEmpty what it means when the field is empty (an issue), if it must be filled */
  text(field: string, ifEmpty?: string): string | undefined {
    const value = this.record[field];
    const text = value === null || value === undefined ? '' : String(value).trim();
    if (text !== '') return text;
    if (ifEmpty) this.issues.push(`${field} is empty: ${ifEmpty}.`);
    return undefined;
  }

  date(field: string, ifEmpty?: string): string | undefined {
    const value = this.text(field, ifEmpty);
    if (value === undefined || isCalendarDate(value)) return value;
    this.issues.push(`${field} "${value}" is not a date (YYYY-MM-DD).`);
    return undefined;
  }

  number(field: string): number | undefined {
    const value = this.text(field);
    if (value === undefined) return undefined;
    const number = Number(value);
    if (Number.isFinite(number)) return number;
    this.issues.push(`${field} "${value}" is not a number.`);
    return undefined;
  }

  /** An amount in `currency`, exact: the CRM's JSON number is read through its decimal digits. */
  money(field: string, currency: string | undefined, ifEmpty?: string): MoneyJson | undefined {
    const value = this.record[field];
    if (value === null || value === undefined || value === '') {
      if (ifEmpty) this.issues.push(`${field} is empty: ${ifEmpty}.`);
      return undefined;
    }
    if (!isDecimal(value)) {
      this.issues.push(`${field} "${String(value)}" is not an amount.`);
      return undefined;
    }
    if (currency === undefined) return undefined;
    // a JSON number's shortest form is the CRM's digits (and far cheaper to read than the locale form)
    const digits = typeof value === 'number' && isDecimal(String(value)) ? String(value) : value;
    return Money.of(digits, currency).toJSON();
  }

  /** An ISO 4217 currency code (its absence is always an issue: amounts need one). */
  currency(field: string): string | undefined {
    const value = this.text(field, 'amounts have no currency');
    if (value === undefined || isCurrency(value)) return value;
    this.issues.push(`${field} "${value}" is not an ISO 4217 currency.`);
    return undefined;
  }

  timestamp(field: string): string {
    return crmTimestamp(this.record[field]);
  }
}

/** A CRM date-time (`2026-11-20T09:00:00.000+0000`) as ISO 8601 UTC with milliseconds. */
export function crmTimestamp(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  const time = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(time)) throw new RangeError(`not a CRM date-time: "${String(value)}"`);
  return new Date(time).toISOString();
}
