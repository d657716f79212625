import { addDays, isIsoDate, periodBounds, periodName, periodOf, workdays } from './dates';

describe('calendar dates', () => {
  it('knows real calendar dates from look-alikes', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate(20260203)).toBe(false);
  });

  it('names periods and their bounds', () => {
    expect(periodOf('2026-10-14')).toBe('2026-10');
    expect(periodBounds('2028-02')).toEqual({ startDate: '2028-02-01', endDate: '2028-02-29' });
    expect(periodName('2026-09')).toBe('Sep 2026');
  });

  it('lists Monday-to-Friday dates, both ends included', () => {
    expect(workdays('2026-11-20', '2026-11-24')).toEqual([
      '2026-11-20',
      '2026-11-23',
      '2026-11-24',
    ]);
    expect(workdays('2026-11-21', '2026-11-22')).toEqual([]);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
