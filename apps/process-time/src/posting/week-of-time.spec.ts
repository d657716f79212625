import { ApiClient, unwrap } from '@p2c/clients';
import request from 'supertest';
import { Role } from '@p2c/security';
import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';
import { SweepApprovedUseCase } from '../intake/sweep-approved.use-case';
import { IndependentPrices } from '../testing/independent-prices';
import { ACTIVE_DEALS, STOPPED_DEAL, projectOf } from '../testing/northwind-projects';
import { PsaEntry, psaEntries } from '../testing/psa-entries';
import { TimeTestBed } from '../testing/time-test-bed';

const WEEK = { from: '2026-10-28', to: '2026-11-03' };
const prices = new IndependentPrices();
const currencyOf = (crmId: string) =>
  defaultScenario().opportunities.find((deal) => deal.crmId === crmId)!.currency;

/** Why the test itself expects an entry to be refused, from Northwind's data. */
function expectedReason(entry: PsaEntry): string | undefined {
  if (!ACTIVE_DEALS.includes(entry.opportunity)) return 'PROJECT_NOT_ACTIVE';
  if (entry.date < '2026-10-01') return 'PERIOD_CLOSED';
  if (entry.worker === 'E1024') return 'WORKER_UNMAPPED';
  if (prices.costRateCents(entry.worker, entry.date) === undefined) return 'RATE_MISSING';
  const card = prices.rateCardOf(entry.opportunity);
  if (entry.billable && prices.billRateCents(card, entry.role, entry.date) === undefined)
    return 'RATE_MISSING';
  return undefined;
}

describe('a week of Northwind time, approved', () => {
  let bed: TimeTestBed;
  let erp: ApiClient<'system-erp'>;
  let entries: PsaEntry[];
  let trapIds: Record<string, string>;

  beforeAll(async () => {
    bed = await TimeTestBed.start();
    erp = bed.erpClient();
    for (const opportunity of ACTIVE_DEALS)
      await bed.admin('/psa/time-entries/generate', { body: { ...WEEK, opportunity } });
    const [saturday, sunday, nonBillable, september, inactive, litware] = await bed.logTime([
      { opportunity: '006NW000101', worker: 'E1003', date: '2026-10-31', hours: 7.5 },
      { opportunity: '006NW000101', worker: 'E1003', date: '2026-11-01', hours: 7.5 },
      {
        opportunity: '006NW000101',
        worker: 'E1002',
        date: '2026-11-02',
        hours: 2,
        billable: false,
      },
      { opportunity: '006NW000101', worker: 'E1001', date: '2026-09-30', hours: 4 },
      { opportunity: '006NW000105', worker: 'E1024', date: '2026-11-02', hours: 8 },
      { opportunity: STOPPED_DEAL, worker: 'E1021', date: '2026-11-10', hours: 8 },
    ]);
    trapIds = { saturday, sunday, nonBillable, september, inactive, litware };
    await bed.admin('/psa/time-entries/approve', { body: { all: true } });
    entries = (await psaEntries(bed)).filter((entry) => entry.approved);
    await bed.get(SweepApprovedUseCase).execute();
    await bed.settled(entries.map((entry) => entry.id));
  }, 180_000);

  afterAll(() => bed?.close());

  it('posts every valid entry once, and per project the ERP’s sums are hours × rates', async () => {
    const valid = entries.filter((entry) => expectedReason(entry) === undefined);
    expect(valid.length).toBeGreaterThan(90);
    const bills = await bed.erpRecords('timeBill');
    const externalIds = bills.map((bill) => String(bill.externalId));
    expect(new Set(externalIds).size).toBe(bills.length);
    expect(externalIds.sort()).toEqual(valid.map((entry) => `psa-time-${entry.id}`).sort());

    for (const opportunity of ACTIVE_DEALS) {
      const mine = valid.filter((entry) => entry.opportunity === opportunity);
      const card = prices.rateCardOf(opportunity);
      const minutes = mine.reduce((sum, entry) => sum + entry.minutes, 0);
      const billable = mine
        .filter((entry) => entry.billable)
        .reduce(
          (sum, e) =>
            sum + IndependentPrices.amount(prices.billRateCents(card, e.role, e.date)!, e.minutes),
          0n,
        );
      const cost = mine.reduce(
        (sum, e) =>
          sum + IndependentPrices.amount(prices.costRateCents(e.worker, e.date)!, e.minutes),
        0n,
      );
      const summary = await unwrap(
        erp.GET('/projects/{id}/time-postings/summary', {
          params: { path: { id: projectOf(opportunity) } },
        }),
      );
      expect({ opportunity, postings: summary.postings, minutes: summary.minutes }).toEqual({
        opportunity,
        postings: mine.length,
        minutes,
      });
      expect(toCents(summary.billableAmount.amount)).toBe(billable);
      const [ledger] = await bed.dataSource.query(
        `SELECT sum(cost_minor)::text AS cost, sum(billable_minor)::text AS billable
           FROM time_postings WHERE project = $1 AND status = 'posted'`,
        [projectOf(opportunity)],
      );
      expect([BigInt(ledger.cost), BigInt(ledger.billable ?? 0)]).toEqual([cost, billable]);
    }
  });

  it('prices 31 October at the old bill rate and 1 November at the new one', async () => {
    const saturday = await bed.api('get', `/postings/psa-time-${trapIds.saturday}`).expect(200);
    const sunday = await bed.api('get', `/postings/psa-time-${trapIds.sunday}`).expect(200);
    expect([saturday.body.billRate, saturday.body.billableValue]).toEqual([
      { amount: '235.00', currency: 'USD' },
      { amount: '1762.50', currency: 'USD' },
    ]);
    expect([sunday.body.billRate, sunday.body.billableValue]).toEqual([
      { amount: '245.00', currency: 'USD' },
      { amount: '1837.50', currency: 'USD' },
    ]);
    expect(saturday.body.cost).toEqual({ amount: '735.00', currency: 'USD' });
    const nonBillable = await bed.api('get', `/postings/psa-time-${trapIds.nonBillable}`);
    expect(nonBillable.body).toMatchObject({
      status: 'posted',
      billable: false,
      cost: { amount: '268.00', currency: 'USD' },
    });
    expect(nonBillable.body.billableValue).toBeUndefined();
  });

  // before the refused entries are fixed and posted: what is posted is what the scenario prices
  it('answers per project the posted hours, cost, billable amount and margin', async () => {
    const valid = entries.filter((entry) => expectedReason(entry) === undefined);
    const expected = ACTIVE_DEALS.map((opportunity) => {
      const mine = valid.filter((entry) => entry.opportunity === opportunity);
      const card = prices.rateCardOf(opportunity);
      const minutes = (only: PsaEntry[]) => only.reduce((sum, e) => sum + BigInt(e.minutes), 0n);
      const cost = mine.reduce(
        (sum, e) =>
          sum + IndependentPrices.amount(prices.costRateCents(e.worker, e.date)!, e.minutes),
        0n,
      );
      const billable = mine
        .filter((e) => e.billable)
        .reduce(
          (sum, e) =>
            sum + IndependentPrices.amount(prices.billRateCents(card, e.role, e.date)!, e.minutes),
          0n,
        );
      return {
        project: projectOf(opportunity),
        postings: mine.length,
        postedHours: halfUp(minutes(mine) * 100n, 60n, 2),
        billableHours: halfUp(minutes(mine.filter((e) => e.billable)) * 100n, 60n, 2),
        cost: { amount: halfUp(cost, 1n, 2), currency: currencyOf(opportunity) },
        billableAmount: { amount: halfUp(billable, 1n, 2), currency: currencyOf(opportunity) },
        margin: halfUp((billable - cost) * 10_000n, billable, 4),
      };
    }).sort((a, b) => a.project.localeCompare(b.project));
    const { body } = await bed.api('get', '/kpis/projects').expect(200);
    expect(body.items).toEqual(expected);
  });

  it('answers each worker’s utilisation of a month over 8 hours a weekday', async () => {
    const november = entries.filter(
      (entry) => expectedReason(entry) === undefined && entry.date.startsWith('2026-11'),
    );
    const capacity = 21n * 8n * 60n; // November 2026 has 21 weekdays
    const workers = [...new Set(november.map((entry) => entry.worker))].sort();
    const { body } = await bed.api('get', '/kpis/utilisation?period=2026-11').expect(200);
    expect(body).toEqual({
      period: '2026-11',
      weekdays: 21,
      capacityHours: '168.00',
      workers: workers.map((worker) => {
        const mine = november.filter((entry) => entry.worker === worker);
        const minutes = mine.reduce((sum, e) => sum + BigInt(e.minutes), 0n);
        const billable = mine.filter((e) => e.billable).reduce((s, e) => s + BigInt(e.minutes), 0n);
        return {
          worker,
          postedHours: halfUp(minutes * 100n, 60n, 2),
          billableHours: halfUp(billable * 100n, 60n, 2),
          utilisation: halfUp(minutes * 10_000n, capacity, 4),
          billableUtilisation: halfUp(billable * 10_000n, capacity, 4),
        };
      }),
    });
    const empty = await bed.api('get', '/kpis/utilisation?period=2025-01').expect(200);
    expect(empty.body).toMatchObject({ weekdays: 23, capacityHours: '184.00', workers: [] });
    for (const period of ['2026-13', '2026-1', 'november', ''])
      await bed
        .api('get', `/kpis/utilisation?period=${period}`)
        .expect(400)
        .expect('content-type', /application\/problem\+json/);
  });

  it('gives each trap its exception, and posts none of them', async () => {
    const refused = entries.filter((entry) => expectedReason(entry) !== undefined);
    const { body } = await bed.api('get', '/exceptions?status=open&limit=500').expect(200);
    const bySubject = new Map<string, { reasonCode: string; message: string; ownerGroup: string }>(
      body.items.map((item: { subjectId: string }) => [item.subjectId, item]),
    );
    for (const entry of refused)
      expect({ id: entry.id, reason: bySubject.get(entry.id)?.reasonCode }).toEqual({
        id: entry.id,
        reason: expectedReason(entry),
      });
    expect(bySubject.size).toBe(refused.length);
    expect(bySubject.get(trapIds.september)).toMatchObject({
      ownerGroup: 'finance-ops',
      message: expect.stringMatching(/2026-09.*closed for NWA-US.*Reopen the period/),
    });
    expect(bySubject.get(trapIds.inactive)?.message).toMatch(/E1024 is inactive/);
    expect(bySubject.get(trapIds.litware)?.message).toMatch(/PRJ-006NW000106.*no ERP project/);
    const analyst = refused.find((e) => e.opportunity === '006NW000107' && e.worker === 'E1008')!;
    expect(bySubject.get(analyst.id)?.message).toMatch(/RC-PUBSEC-USD has no ANALYST rate/);
    const manager = refused.find((e) => e.worker === 'E1010')!;
    expect(bySubject.get(manager.id)?.message).toMatch(
      /E1010 has no cost rate effective on 2026-10/,
    );

    const billed = new Set((await bed.erpRecords('timeBill')).map((bill) => bill.externalId));
    for (const entry of refused) expect(billed.has(`psa-time-${entry.id}`)).toBe(false);
  });

  it('posts a refused entry once its rate is fixed and the exception retried', async () => {
    const [card] = (
      await bed.admin<{ items: { id: string }[] }>('/state/psa/rate_cards?title=RC-PUBSEC-USD')
    ).items;
    const [analyst] = (
      await bed.admin<{ items: { id: string }[] }>('/state/psa/roles?code=ANALYST')
    ).items;
    await bed.admin('/state/psa/rate_card_roles', {
      body: {
        rate_card_id: card.id,
        role_id: analyst.id,
        rate_in_cents: 11000,
        effective_from: '2026-01-01',
      },
    });
    await bed.admin('/state/hcm/costRates', {
      body: {
        Employee_ID: 'E1010',
        Cost_Rate: '58.00',
        Currency: 'GBP',
        Effective_From: '2026-10-01',
        Effective_To: '2026-10-31',
      },
    });
    const fixed = entries
      .filter(
        (e) => (e.opportunity === '006NW000107' && e.worker === 'E1008') || e.worker === 'E1010',
      )
      .filter((e) => expectedReason(e) === 'RATE_MISSING');
    expect(fixed.length).toBe(5);
    const { body } = await bed
      .api('get', '/exceptions?reason=RATE_MISSING&status=open')
      .expect(200);
    for (const item of body.items)
      await bed
        .api('post', `/exceptions/${item.id}/retry`)
        .set('idempotency-key', `retry-${item.id}`)
        .expect(202, { exception: item.id, posting: item.posting, status: 'retrying' });
    await bed.settled(fixed.map((e) => e.id));
    for (const entry of fixed) {
      const posting = await bed.api('get', `/postings/psa-time-${entry.id}`).expect(200);
      expect(posting.body.status).toBe('posted');
      expect(posting.body.exception).toBeUndefined();
    }
    const analystEntry = fixed.find((e) => e.worker === 'E1008')!;
    const detail = await bed.api('get', `/postings/psa-time-${analystEntry.id}`);
    expect(detail.body.billRate).toEqual({ amount: '110.00', currency: 'USD' });
    const resolved = await bed.api('get', '/exceptions?reason=RATE_MISSING&status=resolved');
    expect(resolved.body.items).toHaveLength(5);
    await bed
      .api('post', `/exceptions/${body.items[0].id}/retry`)
      .expect(409)
      .expect((res) => expect(res.body.code).toBe('EXCEPTION_CLOSED'));
  });

  it('shows lineage, pages through postings and refuses what it does not know', async () => {
    const posting = await bed.api('get', `/postings/psa-time-${trapIds.saturday}`).expect(200);
    expect(posting.body.lineage.map((hop: { flow: string }) => hop.flow)).toEqual([
      'time-intake',
      'time-posting',
    ]);
    expect(posting.body.lineage[1]).toMatchObject({
      targetSystem: 'erp',
      targetType: 'timeBill',
      targetId: posting.body.erpId,
      status: 'succeeded',
      amount: { amount: '1762.50', currency: 'USD' },
    });
    const pagedThrough = async (limit: number) => {
      const seen = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await bed
          .api(
            'get',
            `/postings?project=PRJ-006NW000101&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
          )
          .expect(200);
        for (const item of page.body.items) seen.add(item.id);
        cursor = page.body.nextCursor;
      } while (cursor);
      return seen.size;
    };
    const contoso = entries.filter((e) => e.opportunity === '006NW000101').length;
    expect(await pagedThrough(50)).toBe(contoso);
    // postings changed within one millisecond, a microsecond apart: no page boundary skips one
    await bed.dataSource.query(
      `UPDATE time_postings p
          SET updated_at = timestamptz '2026-11-20 09:00:00.123' + n.i * interval '1 microsecond'
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM time_postings
                WHERE project = 'PRJ-006NW000101') n
        WHERE p.id = n.id`,
    );
    expect(await pagedThrough(3)).toBe(contoso);
    await bed.api('get', '/postings/psa-time-0').expect(404);
    await bed.api('get', '/postings?cursor=nonsense').expect(400);
    await bed.api('post', '/exceptions/6f1c2d3e-0000-4000-8000-000000000000/retry').expect(404);
    await bed.api('post', '/exceptions/not-a-uuid/retry').expect(400);
    await bed.api('get', '/postings?status=sideways').expect(400);
  });

  it('finds what a billing run bills: posted, billable, of one legal entity, up to a month', async () => {
    const query =
      '/postings?legalEntity=NWA-US&billable=true&status=posted&periodTo=2026-10&limit=500';
    const { body } = await bed.api('get', query).expect(200);
    const ids = body.items.map((item: { sourceId: string }) => item.sourceId).sort();
    const usProjects = ['006NW000101', '006NW000102', '006NW000107'];
    const expected = entries.filter(
      (e) =>
        usProjects.includes(e.opportunity) &&
        e.billable &&
        e.date.startsWith('2026-10') &&
        expectedReason(e) === undefined,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids).toEqual(expected.map((e) => e.id).sort());
    const nonBillable = await bed.api('get', '/postings?billable=false&limit=500').expect(200);
    expect(nonBillable.body.items.map((item: { sourceId: string }) => item.sourceId)).toContain(
      trapIds.nonBillable,
    );
    await bed.api('get', '/postings?periodTo=2026-13').expect(400);
    await bed.api('get', '/postings?billable=maybe').expect(400);
  });

  it('reports the backlog, success rate, lag and exceptions by reason', async () => {
    const { body } = await bed.api('get', '/kpis').expect(200);
    const justRaised = {
      open: 1,
      underOneHour: 1,
      oneHourToOneDay: 0,
      oneToThreeDays: 0,
      overThreeDays: 0,
      slaBreached: 0,
      oldestSeconds: expect.any(Number),
    };
    expect(body.exceptionsByReason).toEqual([
      { reason: 'PERIOD_CLOSED', ...justRaised },
      { reason: 'PROJECT_NOT_ACTIVE', ...justRaised },
      { reason: 'WORKER_UNMAPPED', ...justRaised },
    ]);
    const backlog = body.unposted.find((bucket: { age: string }) => bucket.age === 'under-1h');
    expect(backlog).toMatchObject({ entries: 3, hours: '20.00', unpriced: 3 });
    const posted = entries.length - 3;
    expect(body.success).toEqual({
      settled: posted,
      blocked: 3,
      rate: (posted / entries.length).toFixed(4),
    });
    expect(body.lag.postedLast24h).toBe(posted);
    const metrics = await bed.api('get', '/metrics').expect(200);
    expect(metrics.text).toMatch(/p2c_time_exceptions_open\{reason="PERIOD_CLOSED"[^}]*\} 1/);
    expect(metrics.text).toMatch(/p2c_time_unposted_hours\{age="under-1h"[^}]*\} 20/);
    expect(metrics.text).toMatch(/p2c_time_postings_total\{kind="TIME",outcome="posted"/);
  });

  it('needs a finance, service or admin token', async () => {
    await request(bed.app.getHttpServer()).get('/postings').expect(401);
    await bed.api('get', '/postings', [Role.Delivery]).expect(403);
    await bed
      .api('post', '/exceptions/6f1c2d3e-0000-4000-8000-000000000000/retry', [Role.Delivery])
      .expect(403);
  });
});

function toCents(amount: string): bigint {
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** a ÷ b (both positive) to `places` decimals, half up, written out: the test's own rounding */
function halfUp(a: bigint, b: bigint, places: number): string {
  const scaled = (2n * a + b) / (2n * b);
  const digits = scaled.toString().padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}
