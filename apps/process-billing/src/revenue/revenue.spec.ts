import request from 'supertest';
import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { IndependentPrices } from '@p2c/apps/process-time/src/testing/independent-prices';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { psaEntries } from '@p2c/apps/process-time/src/testing/psa-entries';
import { Role } from '@p2c/security';
import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';
import { BillingTestBed } from '../testing/billing-test-bed';

const US_FIRST = '006NW000101';
const US_SECOND = '006NW000107';
const UK_FIXED_FEE = '006NW000103';
const prices = new IndependentPrices();

const decimal = (cents: bigint) => {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};

interface Expected {
  invoiced?: bigint;
  unbilled?: bigint;
}

/** The months `GET /revenue` should answer, zero where `expected` names nothing. */
function monthsOf(months: string[], currency: string, expected: Record<string, Expected>) {
  return months.map((month) => ({
    month,
    invoiced: { amount: decimal(expected[month]?.invoiced ?? 0n), currency },
    unbilled: { amount: decimal(expected[month]?.unbilled ?? 0n), currency },
  }));
}

describe('revenue by month on GET /revenue', () => {
  let bed: BillingTestBed;
  /** the test's own price of the posted billable time, by work month */
  const billed = new Map<string, bigint>();

  const revenue = (query: string, roles?: Role[]) =>
    request(bed.app.getHttpServer())
      .get(`/revenue?${query}`)
      .set('authorization', `Bearer ${bed.token(roles)}`);

  beforeAll(async () => {
    bed = await BillingTestBed.start();
    const time = bed.time;
    await time.registerWebhooks(1);
    await bed.activate([projectOf(UK_FIXED_FEE)]);
    const ids = await time.logTime([
      { opportunity: US_FIRST, worker: 'E1003', date: '2026-10-29', hours: 6 },
      { opportunity: US_FIRST, worker: 'E1003', date: '2026-10-30', hours: 7.5 },
      { opportunity: US_FIRST, worker: 'E1003', date: '2026-11-18', hours: 8 },
      { opportunity: US_FIRST, worker: 'E1002', date: '2026-11-19', hours: 2.25 },
      { opportunity: US_SECOND, worker: 'E1006', date: '2026-11-20', hours: 5 },
      // not billable: never revenue
      { opportunity: US_SECOND, worker: 'E1008', date: '2026-11-20', hours: 3, billable: false },
    ]);
    await time.approve(ids);
    await time.get(SweepApprovedUseCase).execute();
    expect([...(await time.settled(ids)).values()]).toEqual(ids.map(() => 'posted'));
    for (const entry of (await psaEntries(time)).filter(
      (candidate) => ids.includes(candidate.id) && candidate.billable,
    )) {
      const rate = prices.billRateCents(
        prices.rateCardOf(entry.opportunity),
        entry.role,
        entry.date,
      )!;
      const month = entry.date.slice(0, 7);
      billed.set(month, (billed.get(month) ?? 0n) + IndependentPrices.amount(rate, entry.minutes));
    }
    expect([...billed.keys()].sort()).toEqual(['2026-10', '2026-11']);
    // October is invoiced; November's work waits for its run
    expect((await bed.run('NWA-US', '2026-10')).status).toBe('completed');
  }, 240_000);

  afterAll(() => bed?.close());

  it('answers October as invoiced and November as unbilled, every month of the range, in the entity’s currency', async () => {
    const answer = await revenue('legalEntity=NWA-US&from=2026-09&to=2027-01&asOf=2026-11-20');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      legalEntity: 'NWA-US',
      currency: 'USD',
      asOf: '2026-11-20',
      months: monthsOf(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01'], 'USD', {
        '2026-10': { invoiced: billed.get('2026-10') },
        '2026-11': { unbilled: billed.get('2026-11') },
      }),
    });
    const [event] = await bed.dataSource.query(
      `SELECT net_minor AS net FROM billing_events WHERE legal_entity = 'NWA-US' AND status = 'invoiced'`,
    );
    expect(BigInt(event.net)).toBe(billed.get('2026-10'));
  });

  it('counts a fee line due on or before asOf as unbilled in its due month, and one due after it not', async () => {
    const lines = defaultScenario().opportunities.find(
      (deal) => deal.crmId === UK_FIXED_FEE,
    )!.milestones!;
    const expected = (asOf: string) => {
      const months: Record<string, Expected> = {};
      for (const line of lines.filter((candidate) => candidate.dueDate <= asOf))
        months[line.dueDate.slice(0, 7)] = {
          unbilled: BigInt(Math.round(Number(line.amount) * 100)),
        };
      return monthsOf(['2026-10', '2026-11', '2026-12'], 'GBP', months);
    };
    // the November fee is due on 2026-11-27
    for (const asOf of ['2026-11-26', '2026-11-27']) {
      const answer = await revenue(`legalEntity=NWA-UK&from=2026-10&to=2026-12&asOf=${asOf}`);
      expect([answer.status, answer.body.currency, answer.body.months]).toEqual([
        200,
        'GBP',
        expected(asOf),
      ]);
    }
    expect(expected('2026-11-26')[1].unbilled.amount).toBe('0.00');
    expect(expected('2026-11-27')[1].unbilled.amount).toBe('70000.00');
  });

  it('counts schedule lines up to today when asOf is not given', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const range = 'legalEntity=NWA-UK&from=2026-10&to=2026-12';
    const answer = await revenue(range).expect(200);
    const onToday = await revenue(`${range}&asOf=${today}`).expect(200);
    expect(answer.body).toEqual({ ...onToday.body, asOf: today });
    expect(answer.body.months).not.toEqual(
      (await revenue(`${range}&asOf=2026-10-29`).expect(200)).body.months,
    );
  });

  it.each([
    ['from after to', 'legalEntity=NWA-US&from=2026-12&to=2026-11', 'from'],
    ['a malformed month', 'legalEntity=NWA-US&from=2026-13&to=2027-01', 'from'],
    ['a malformed asOf', 'legalEntity=NWA-US&from=2026-10&to=2026-11&asOf=2026-11-31', 'asOf'],
    ['no to', 'legalEntity=NWA-US&from=2026-10', 'to'],
    [
      'a legal entity billing does not bill',
      'legalEntity=NWA-FR&from=2026-10&to=2026-11',
      'legalEntity',
    ],
    ['more than 36 months', 'legalEntity=NWA-US&from=2026-01&to=2029-01', 'to'],
  ])('refuses %s with 400 problem+json naming the field', async (_, query, field) => {
    const answer = await revenue(query);
    expect([answer.status, answer.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    // the route's own checks name the field; the query's validation starts its message with it
    const errors: string[] = answer.body.errors ?? [];
    const named = answer.body.field ?? errors.find((error) => error.startsWith(`${field} `));
    expect(named?.split(' ')[0]).toBe(field);
  });

  it('answers 36 months at most', async () => {
    const answer = await revenue('legalEntity=NWA-US&from=2026-01&to=2028-12&asOf=2026-11-20');
    expect([answer.status, answer.body.months?.length]).toEqual([200, 36]);
  });

  it('refuses a delivery token (403) and a call without a token (401), as problem+json', async () => {
    const delivery = await revenue('legalEntity=NWA-US&from=2026-10&to=2026-11', [Role.Delivery]);
    expect([delivery.status, delivery.body.code]).toEqual([403, 'FORBIDDEN']);
    const anonymous = await request(bed.app.getHttpServer()).get(
      '/revenue?legalEntity=NWA-US&from=2026-10&to=2026-11',
    );
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
