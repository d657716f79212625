import { validateSync } from 'class-validator';
import { IsCalendarDate } from './is-calendar-date.decorator';

class Dated {
  @IsCalendarDate()
  date: unknown;
}

function isValid(date: unknown): boolean {
  const dated = new Dated();
  dated.date = date;
  return validateSync(dated).length === 0;
}

describe('IsCalendarDate', () => {
  it('accepts real dates written YYYY-MM-DD', () => {
    expect(isValid('2026-10-31')).toBe(true);
    expect(isValid('2028-02-29')).toBe(true);
  });

  it('refuses impossible dates, timestamps and other types', () => {
    expect(isValid('2026-02-30')).toBe(false);
    expect(isValid('2026-13-01')).toBe(false);
    expect(isValid('2026-10-31T00:00:00Z')).toBe(false);
    expect(isValid('31/10/2026')).toBe(false);
    expect(isValid(20261031)).toBe(false);
  });
});
