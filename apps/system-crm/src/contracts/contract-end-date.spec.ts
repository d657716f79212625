import { contractEndDate } from './contract-end-date';

describe('contractEndDate', () => {
  it('ends the day before the same day after the term', () => {
    expect(contractEndDate('2026-10-01', 12)).toBe('2027-09-30');
    expect(contractEndDate('2026-11-15', 3)).toBe('2027-02-14');
  });

  it('falls back to the month end where the day does not exist', () => {
    expect(contractEndDate('2027-01-31', 1)).toBe('2027-02-27');
  });
});
