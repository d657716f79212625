import { addDays, isCalendarDate, isWithin, isWorkday, periodOf } from './calendar-date';

describe('calendar dates', () => {
  it('accepts only real dates in YYYY-MM-DD form', () => {
    expect(isCalendarDate('2026-10-31')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-10-31T00:00:00Z')).toBe(false);
    expect(isCalendarDate(20261031)).toBe(false);
  });

  it('moves across month and year ends without time-zone drift', () => {
    expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows workdays, periods and effective ranges', () => {
    expect(isWorkday('2026-11-20')).toBe(true); // Friday
    expect(isWorkday('2026-11-21')).toBe(false); // Saturday
    expect(periodOf('2026-09-30')).toBe('2026-09');
    expect(isWithin('2026-10-31', '2026-01-01', '2026-10-31')).toBe(true);
    expect(isWithin('2026-11-01', '2026-01-01', '2026-10-31')).toBe(false);
    expect(isWithin('2030-01-01', '2026-11-01')).toBe(true);
  });
});
