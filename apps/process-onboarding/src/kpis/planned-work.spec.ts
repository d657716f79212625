import { plannedWork } from './planned-work';

const usd = (amount: string) => ({ amount, currency: 'USD' });

describe('planned work', () => {
  it('plans hoursPerWeek ÷ 5 on each weekday, each day at the rate effective that day', () => {
    // Fri 30 Oct to Tue 3 Nov 2026: Fri, Mon, Tue; 32 h a week = 6.4 h (384 min) a day
    const work = plannedWork(
      [
        {
          worker: 'E1',
          role: 'DEV',
          startDate: '2026-10-30',
          endDate: '2026-11-03',
          hoursPerWeek: 32,
        },
      ],
      () => [
        { rate: usd('100.00'), effectiveFrom: '2026-01-01', effectiveTo: '2026-10-31' },
        { rate: usd('110.55'), effectiveFrom: '2026-11-01' },
      ],
    );
    expect(work.minutes).toBe(3n * 384n);
    expect(work.unpricedMinutes).toBe(0n);
    // 6.4 × 100.00 = 640.00; 6.4 × 110.55 = 707.52 each day
    expect(work.costMinor).toEqual(new Map([['USD', 64000n + 2n * 70752n]]));
  });

  it('leaves days without a rate, and open roles, unpriced', () => {
    const work = plannedWork(
      [
        {
          worker: 'E1',
          role: 'DEV',
          startDate: '2026-11-02',
          endDate: '2026-11-03',
          hoursPerWeek: 40,
        },
        {
          worker: 'OPEN',
          role: 'QA',
          startDate: '2026-11-02',
          endDate: '2026-11-02',
          hoursPerWeek: 20,
        },
      ],
      (worker) =>
        worker === 'E1' ? [{ rate: usd('90.00'), effectiveFrom: '2026-11-03' }] : undefined,
    );
    expect(work.minutes).toBe(480n * 2n + 240n);
    expect(work.unpricedMinutes).toBe(480n + 240n);
    expect(work.costMinor).toEqual(new Map([['USD', 72000n]]));
  });
});
