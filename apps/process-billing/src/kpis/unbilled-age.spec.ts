import { unbilledAge } from './unbilled-age';

describe('the age of unbilled work', () => {
  it('puts work of up to 30 days in the first bucket, work dated after today included', () => {
    expect(unbilledAge('2026-12-03', '2026-12-03')).toBe('0-30');
    expect(unbilledAge('2026-11-03', '2026-12-03')).toBe('0-30');
    expect(unbilledAge('2026-12-18', '2026-12-03')).toBe('0-30');
  });

  it('moves to the next bucket on day 31, 61 and 91, across month and year ends', () => {
    expect(unbilledAge('2026-11-02', '2026-12-03')).toBe('31-60');
    expect(unbilledAge('2026-10-04', '2026-12-03')).toBe('31-60');
    expect(unbilledAge('2026-10-03', '2026-12-03')).toBe('61-90');
    expect(unbilledAge('2026-11-02', '2027-01-31')).toBe('61-90');
    expect(unbilledAge('2026-11-01', '2027-01-31')).toBe('over-90');
    expect(unbilledAge('2025-06-30', '2026-12-03')).toBe('over-90');
  });
});
