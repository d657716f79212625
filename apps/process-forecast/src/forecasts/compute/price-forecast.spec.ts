import type { ForecastInputs } from './forecast-inputs';
import { priceForecast } from './price-forecast';

const usd = (amount: string) => ({ amount, currency: 'USD' });

/** A week of plan after the world's date (Friday 2026-11-20): Mon 23 to Fri 27 November. */
const base: ForecastInputs = {
  asOf: '2026-11-20',
  currency: 'USD',
  billingModel: 'TIME_AND_MATERIALS',
  rateCard: 'RC-TEST',
  billRates: new Map([
    ['SENIOR', [{ rate: usd('200.00'), effectiveFrom: '2026-01-01' }]],
    [
      'ANALYST',
      [
        { rate: usd('100.00'), effectiveFrom: '2026-01-01', effectiveTo: '2026-11-24' },
        { rate: usd('110.00'), effectiveFrom: '2026-11-25' },
      ],
    ],
  ]),
  costRates: new Map([['E1', [{ rate: usd('90.00'), effectiveFrom: '2026-01-01' }]]]),
  plan: [
    {
      worker: 'E1',
      label: null,
      role: 'SENIOR',
      startDate: '2026-11-01',
      endDate: '2026-11-27',
      hoursPerWeek: 40,
    },
  ],
  schedule: [],
  postings: [],
  contracted: usd('50000.00'),
  budgetHours: 200,
};

describe('priceForecast', () => {
  it('plans hoursPerWeek / 5 on each weekday after the world’s date, at the rates of that day', () => {
    const figures = priceForecast(base);
    expect(figures.planned).toEqual({
      hours: '40.00',
      revenue: usd('8000.00'),
      cost: usd('3600.00'),
      margin: usd('4400.00'),
      marginPct: '55.00',
    });
    expect(figures.months.map((month) => month.month)).toEqual(['2026-11']);
  });

  it('adds posted time up to the world’s date as actuals and leaves later postings out', () => {
    const figures = priceForecast({
      ...base,
      postings: [
        {
          workDate: '2026-11-20',
          minutes: 90,
          billable: true,
          cost: usd('135.00'),
          billableValue: usd('300.00'),
        },
        {
          workDate: '2026-11-19',
          minutes: 60,
          billable: false,
          cost: usd('90.00'),
          billableValue: usd('200.00'),
        },
        {
          workDate: '2026-11-23',
          minutes: 60,
          billable: true,
          cost: usd('90.00'),
          billableValue: usd('200.00'),
        },
      ],
    });
    expect(figures.actual).toMatchObject({
      hours: '2.50',
      revenue: usd('300.00'),
      cost: usd('225.00'),
    });
    expect(figures.total.hours).toBe('42.50');
  });

  it('counts a role held open as demand at the role’s bill rate and no cost, the rate changing mid-week', () => {
    const figures = priceForecast({
      ...base,
      plan: [
        {
          worker: null,
          label: 'Analyst (open)',
          role: 'ANALYST',
          startDate: '2026-11-23',
          endDate: '2026-11-27',
          hoursPerWeek: 10,
        },
      ],
    });
    // 2 h a day: Mon and Tue at 100.00, Wed to Fri at 110.00
    expect(figures.planned).toMatchObject({
      hours: '10.00',
      revenue: usd('1060.00'),
      cost: usd('0.00'),
    });
    expect(figures.unstaffedHours).toBe('10.00');
    expect(figures.unpricedHours).toBe('0.00');
  });

  it('prices a day without a cost rate, or with one in another currency, as far as it can and counts it unpriced', () => {
    const figures = priceForecast({
      ...base,
      costRates: new Map([
        [
          'E1',
          [
            { rate: usd('90.00'), effectiveFrom: '2026-01-01', effectiveTo: '2026-11-24' },
            { rate: { amount: '80.00', currency: 'EUR' }, effectiveFrom: '2026-11-25' },
          ],
        ],
      ]),
    });
    expect(figures.planned).toMatchObject({ revenue: usd('8000.00'), cost: usd('1440.00') });
    expect(figures.unpricedHours).toBe('24.00');
    expect(figures.months[0].unpricedHours).toBe('24.00');
  });

  it('earns a fixed fee’s schedule in the months it falls due instead of bill rates', () => {
    const figures = priceForecast({
      ...base,
      billingModel: 'FIXED_FEE',
      schedule: [
        { amount: usd('10000.00'), dueDate: '2026-10-30' },
        { amount: usd('10000.00'), dueDate: '2026-12-18' },
      ],
    });
    expect(
      figures.months.map((month) => [month.month, month.revenue.amount, month.cost.amount]),
    ).toEqual([
      ['2026-10', '10000.00', '0.00'],
      ['2026-11', '0.00', '3600.00'],
      ['2026-12', '10000.00', '0.00'],
    ]);
    expect(figures.actual.revenue).toEqual(usd('10000.00'));
    expect(figures.planned).toMatchObject({ revenue: usd('10000.00'), cost: usd('3600.00') });
    expect(figures.total.marginPct).toBe('82.00');
    expect(figures.unpricedHours).toBe('0.00');
  });
});
