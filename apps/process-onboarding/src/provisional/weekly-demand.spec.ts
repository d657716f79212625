import { weeklyDemand } from './weekly-demand';

const plan = (role: string, startDate: string, endDate: string, hoursPerWeek: number) => ({
  worker: 'E1',
  role,
  startDate,
  endDate,
  hoursPerWeek,
});

describe('weekly demand', () => {
  it('asks hoursPerWeek ÷ 5 of a role on each weekday, by ISO week across the year end', () => {
    // Wed 30 Dec 2026 to Wed 6 Jan 2027, 10 h a week: 2 h on Wed, Thu, Fri of 2026-W53 and on
    // Mon, Tue, Wed of 2027-W01; the weekend and nothing else
    expect(weeklyDemand([plan('ANALYST', '2026-12-30', '2027-01-06', 10)])).toEqual([
      { role: 'ANALYST', week: '2026-W53', hours: '6.00' },
      { role: 'ANALYST', week: '2027-W01', hours: '6.00' },
    ]);
  });

  it('sums the assignments of a role in a week, and keeps roles apart, ordered by role', () => {
    const demand = weeklyDemand([
      plan('MANAGER', '2027-01-04', '2027-01-15', 20),
      plan('ANALYST', '2027-01-11', '2027-01-12', 7.5),
      plan('MANAGER', '2027-01-08', '2027-01-08', 40),
    ]);
    expect(demand).toEqual([
      // 7.5 h a week: 1.5 h on Mon 11 and Tue 12
      { role: 'ANALYST', week: '2027-W02', hours: '3.00' },
      // 4 h on five days, and 8 h more on Fri 8
      { role: 'MANAGER', week: '2027-W01', hours: '28.00' },
      { role: 'MANAGER', week: '2027-W02', hours: '20.00' },
    ]);
  });

  it('asks nothing of an assignment that spans only a weekend, or none at all', () => {
    expect(weeklyDemand([plan('ANALYST', '2027-01-09', '2027-01-10', 40)])).toEqual([]);
    expect(weeklyDemand([])).toEqual([]);
  });
});
