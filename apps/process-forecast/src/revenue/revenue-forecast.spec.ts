import request from 'supertest';
import { Money } from '@p2c/canonical';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { IndependentPrices } from '@p2c/apps/process-time/src/testing/independent-prices';
import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { ForecastTestBed, ForecastView } from '../testing/forecast-test-bed';

const CONTOSO = projectOf('006NW000101');
const COLUMBIA = projectOf('006NW000107');
const TAILSPIN = projectOf('006NW000103');
const prices = new IndependentPrices();
const MONTHS = ['2026-10', '2026-11', '2026-12', '2027-01', '2027-02'];

interface Month {
  month: string;
  invoiced: { amount: string };
  unbilled: { amount: string };
  planned: { amount: string };
  total: { amount: string };
}

const usd = (minor: bigint) => Money.fromMinor(minor, 'USD').toJSON();
const minor = (amount: { amount: string }) => Money.of(amount.amount, 'USD').minor;

describe('posted actuals and the revenue forecast per legal entity and month', () => {
  let bed: ForecastTestBed;

  beforeAll(async () => {
    bed = await ForecastTestBed.start({ billing: true });
    const time = bed.time;
    await time.registerWebhooks(1);
    const ids = await time.logTime([
      { opportunity: '006NW000101', worker: 'E1003', date: '2026-10-29', hours: 6 },
      { opportunity: '006NW000101', worker: 'E1002', date: '2026-11-18', hours: 2.5 },
    ]);
    await time.approve(ids);
    await time.get(SweepApprovedUseCase).execute();
    await time.settled(ids);
    // October is invoiced; November's work waits for its run
    expect((await bed.billing!.run('NWA-US', '2026-10')).status).toBe('completed');
    await bed.activate([CONTOSO, COLUMBIA, TAILSPIN]);
  }, 240_000);

  afterAll(() => bed?.close());

  it('adds billing’s invoiced and unbilled to the plan after the world’s date, in the entity’s currency', async () => {
    const query = `legalEntity=NWA-US&from=${MONTHS[0]}&to=${MONTHS.at(-1)}`;
    const { body } = await bed.api('get', `/forecasts/revenue?${query}`).expect(200);
    const billed = await request(bed.billing!.app.getHttpServer())
      .get(`/revenue?${query}&asOf=2026-11-20`)
      .set('authorization', `Bearer ${bed.billing!.token()}`)
      .expect(200);
    const forecasts: ForecastView[] = await Promise.all(
      [CONTOSO, COLUMBIA].map(async (project) => bed.version(project, 1)),
    );
    const planned = (month: string) =>
      forecasts
        .flatMap((forecast) => forecast.months.filter((m) => m.month === month))
        .reduce((all, m) => all + minor(m.planned.revenue), 0n);

    expect(body).toMatchObject({ legalEntity: 'NWA-US', currency: 'USD', asOf: '2026-11-20' });
    expect(body.months.map((m: Month) => m.month)).toEqual(MONTHS);
    for (const [index, month] of (body.months as Month[]).entries()) {
      const fromBilling = billed.body.months[index];
      expect(month).toEqual({
        month: MONTHS[index],
        invoiced: fromBilling.invoiced,
        unbilled: fromBilling.unbilled,
        planned: usd(planned(MONTHS[index])),
        total: usd(
          minor(fromBilling.invoiced) + minor(fromBilling.unbilled) + planned(MONTHS[index]),
        ),
      });
    }
    // October's work invoiced, November's posted and unbilled, nothing planned before the 21st
    expect(minor(body.months[0].invoiced)).toBeGreaterThan(0n);
    expect(minor(body.months[1].unbilled)).toBeGreaterThan(0n);
    expect(minor(body.months[0].planned)).toBe(0n);
    expect(minor(body.months[2].planned)).toBeGreaterThan(0n);
    const sum = (key: 'invoiced' | 'unbilled' | 'planned' | 'total') =>
      (body.months as Month[]).reduce((all, m) => all + minor(m[key]), 0n);
    expect(body.total).toEqual({
      month: 'total',
      invoiced: usd(sum('invoiced')),
      unbilled: usd(sum('unbilled')),
      planned: usd(sum('planned')),
      total: usd(sum('total')),
    });
  });

  it('plans a fixed fee’s instalments due after the world’s date in their months, in the entity’s currency', async () => {
    const { body } = await bed
      .api('get', '/forecasts/revenue?legalEntity=NWA-UK&from=2026-11&to=2026-12')
      .expect(200);
    // Tailspin's November fee falls due on the 27th, its December fee on the 18th: 70,000.00 each
    expect(body.currency).toBe('GBP');
    expect(body.months.map((m: Month) => [m.month, m.planned.amount])).toEqual([
      ['2026-11', '70000.00'],
      ['2026-12', '70000.00'],
    ]);
  });

  it('counts posted time up to the world’s date as actuals, and time posted since on the nightly recompute', async () => {
    const cents = (rate: bigint, hours: number) => IndependentPrices.amount(rate, hours * 60);
    const first = await bed.version(CONTOSO, 1);
    expect(first.actual).toMatchObject({
      hours: '8.50',
      revenue: usd(
        cents(prices.billRateCents('RC-STD-USD', 'SENIOR', '2026-10-29')!, 6) +
          cents(prices.billRateCents('RC-STD-USD', 'MANAGER', '2026-11-18')!, 2.5),
      ),
      cost: usd(
        cents(prices.costRateCents('E1003', '2026-10-29')!, 6) +
          cents(prices.costRateCents('E1002', '2026-11-18')!, 2.5),
      ),
    });
    const time = bed.time;
    const ids = await time.logTime([
      { opportunity: '006NW000101', worker: 'E1004', date: '2026-11-19', hours: 4 },
    ]);
    await time.approve(ids);
    await time.get(SweepApprovedUseCase).execute();
    await time.settled(ids);
    await bed.app.get(QueueFactory).enqueue(QueueName.ForecastIntake, 'recompute-all', {});
    const nightly = await bed.version(CONTOSO, 2);
    expect(nightly.trigger).toMatchObject({ kind: 'schedule', type: 'recompute-all' });
    expect(nightly.actual.hours).toBe('12.50');
    expect(minor(nightly.actual.cost) - minor(first.actual.cost)).toBe(
      cents(prices.costRateCents('E1004', '2026-11-19')!, 4),
    );
    // the plan did not change: nothing added, removed or changed
    expect(nightly.changes).toEqual({ added: [], removed: [], changed: [] });
  });

  it('refuses a range backwards or too long, a malformed month and an unknown entity with 400', async () => {
    for (const query of [
      'legalEntity=NWA-US&from=2027-01&to=2026-10',
      'legalEntity=NWA-US&from=2026-01&to=2029-01',
      'legalEntity=NWA-US&from=2026-13&to=2027-01',
      'legalEntity=NWA-XX&from=2026-10&to=2027-01',
      'from=2026-10&to=2027-01',
    ]) {
      const answer = await bed.api('get', `/forecasts/revenue?${query}`);
      expect({ query, status: answer.status, type: answer.type, code: answer.body.code }).toEqual({
        query,
        status: 400,
        type: 'application/problem+json',
        code: 'VALIDATION_FAILED',
      });
    }
  });
});
