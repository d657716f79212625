import {
  addDays,
  isCalendarDate,
  isWithin,
  isWorkday,
  isoWeekOf,
  periodBounds,
  periodOf,
  periodsBetween,
  workdaysBetween,
} from './calendar-date';

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

  it('lists the workdays of a range and bounds a period', () => {
    expect(workdaysBetween('2026-10-30', '2026-11-03')).toEqual([
      '2026-10-30',
      '2026-11-02',
      '2026-11-03',
    ]);
    expect(workdaysBetween('2026-11-01', '2026-11-30')).toHaveLength(21);
    expect(workdaysBetween('2026-11-02', '2026-11-01')).toEqual([]);
    expect(periodBounds('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(periodBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodBounds('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('lists the periods of a range across a year end, none when it runs backwards', () => {
    expect(periodsBetween('2026-10', '2027-02')).toEqual([
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(periodsBetween('2026-11', '2026-11')).toEqual(['2026-11']);
    expect(periodsBetween('2026-12', '2026-11')).toEqual([]);
  });

  it('names the ISO week of a date, the year being its Thursday\u2019s', () => {
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01'); // Monday
    expect(isoWeekOf('2027-01-10')).toBe('2027-W01'); // Sunday
    expect(isoWeekOf('2027-01-11')).toBe('2027-W02');
    // Thursday 31 December 2026: 2026 has 53 weeks, and 1 to 3 January 2027 belong to it
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53');
    // Monday 29 December 2025 is in the first week of 2026, whose Thursday is 1 January
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOf('2026-11-20')).toBe('2026-W47');
  });
});
