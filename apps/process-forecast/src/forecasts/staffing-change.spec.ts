import { addDays, workdaysBetween } from '@p2c/canonical';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { IndependentPrices } from '@p2c/apps/process-time/src/testing/independent-prices';
import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';
import { ForecastTestBed, ForecastView } from '../testing/forecast-test-bed';

const CONTOSO = '006NW000101';
const PROJECT = projectOf(CONTOSO);
const RATE_CARD = 'RC-STD-USD';
const AS_OF = defaultScenario().asOf;
const END = '2027-01-29';
const prices = new IndependentPrices();

/** In cents: an amount the API answers. */
const cents = (amount: { amount: string }) => BigInt(amount.amount.replace('.', ''));

/**
 * The test's own pricing of an assignment's plan: each weekday after the world's date from its
 * start to its end, hoursPerWeek / 5 hours at the scenario's bill rate of the role and the
 * worker's cost rate effective that day (rates from the scenario document, or as given).
 */
function planned(
  line: { worker: string; role: string; startDate: string; hoursPerWeek: number },
  costRate: (day: string) => bigint = (day) => prices.costRateCents(line.worker, day)!,
  from = addDays(AS_OF, 1),
  to = END,
): { revenue: bigint; cost: bigint } {
  const minutes = (line.hoursPerWeek * 60) / 5;
  let revenue = 0n;
  let cost = 0n;
  const first = line.startDate > from ? line.startDate : from;
  for (const day of workdaysBetween(first, to)) {
    revenue += IndependentPrices.amount(prices.billRateCents(RATE_CARD, line.role, day)!, minutes);
    cost += IndependentPrices.amount(costRate(day), minutes);
  }
  return { revenue, cost };
}

describe('a staffing change recomputes the forecast', () => {
  let bed: ForecastTestBed;
  let first: ForecastView;

  beforeAll(async () => {
    bed = await ForecastTestBed.start({ forecastEnv: { FORECAST_MARGIN_AT_RISK_PCT: '50' } });
    await bed.time.registerWebhooks(1);
    await bed.activate([PROJECT]);
    first = await bed.version(PROJECT, 1);
  }, 240_000);

  afterAll(() => bed?.close());

  const restaff = (change: object) =>
    bed.time.admin('/psa/staffing-changes', { body: { opportunity: CONTOSO, ...change } });

  it('prices a senior consultant replaced by two lower-cost workers, within a minute of the PSA event', async () => {
    const senior = { worker: 'E1003', role: 'SENIOR', startDate: '2026-10-01', hoursPerWeek: 40 };
    const added = [
      { worker: 'E1007', role: 'CONSULTANT', startDate: '2026-11-23', hoursPerWeek: 24 },
      { worker: 'E1008', role: 'ANALYST', startDate: '2026-11-23', hoursPerWeek: 16 },
    ];
    await restaff({
      remove: [senior.worker],
      add: added.map((line) => ({ ...line, endDate: END })),
    });
    const after = await bed.version(PROJECT, 2, 60_000);

    const gone = planned(senior);
    const joined = added.map((line) => planned(line));
    const revenue = joined.reduce((all, part) => all + part.revenue, 0n) - gone.revenue;
    const cost = joined.reduce((all, part) => all + part.cost, 0n) - gone.cost;
    expect(revenue).toBeLessThan(0n);
    expect(cents(after.total.revenue) - cents(first.total.revenue)).toBe(revenue);
    expect(cents(after.total.cost) - cents(first.total.cost)).toBe(cost);
    expect(cents(after.total.margin) - cents(first.total.margin)).toBe(revenue - cost);
    expect(cents(after.planned.cost) - cents(first.planned.cost)).toBe(cost);
    expect(after.trigger).toMatchObject({ kind: 'event', type: 'STAFFING_CHANGED' });
    expect(after.changes.removed).toEqual([
      expect.objectContaining({ worker: 'E1003', role: 'SENIOR' }),
    ]);
    expect(after.changes.added.map((line) => line.worker).sort()).toEqual(['E1007', 'E1008']);
    expect(after.plan.map((line) => line.worker)).not.toContain('E1003');
  });

  it('prices a cost rate changed in the middle of December day by day', async () => {
    // the restaffing's other events taken first: none may recompute after the rate changes
    await bed.drained(QueueName.PsaStaffingEvents);
    const before = await bed.version(PROJECT, 2);
    const rows = await bed.time.admin<{ items: { id: string; Effective_To: string | null }[] }>(
      '/state/hcm/costRates?Employee_ID=E1004',
    );
    const open = rows.items.find((row) => row.Effective_To === null)!;
    await bed.time.admin(`/state/hcm/costRates/${open.id}`, {
      method: 'PATCH',
      body: { Effective_To: '2026-12-15' },
    });
    await bed.time.admin('/state/hcm/costRates', {
      body: {
        Employee_ID: 'E1004',
        Cost_Rate: '80.00',
        Currency: 'USD',
        Effective_From: '2026-12-16',
      },
    });
    const answer = await bed
      .api('post', `/forecasts/projects/${PROJECT}/recompute`)
      .set('idempotency-key', 'cost-rate-e1004')
      .expect(200);
    const after = answer.body as ForecastView;
    expect(after.version).toBe(3);
    expect(after.trigger).toMatchObject({ kind: 'request', type: 'recompute' });

    const consultant = {
      worker: 'E1004',
      role: 'CONSULTANT',
      startDate: '2026-10-01',
      hoursPerWeek: 40,
    };
    const newRate = (day: string) => (day >= '2026-12-16' ? 8000n : 7400n);
    const monthDelta = (from: string, to: string) =>
      planned(consultant, newRate, from, to).cost - planned(consultant, undefined, from, to).cost;
    const month = (view: ForecastView, key: string) => view.months.find((m) => m.month === key)!;
    expect(cents(month(after, '2026-11').cost)).toBe(cents(month(before, '2026-11').cost));
    const december = monthDelta('2026-12-01', '2026-12-31');
    expect(december).toBe(48_00n * 12n); // 8 h × 6.00 on the 12 weekdays from the 16th
    expect(cents(month(after, '2026-12').cost) - cents(month(before, '2026-12').cost)).toBe(
      december,
    );
    expect(cents(month(after, '2027-01').cost) - cents(month(before, '2027-01').cost)).toBe(
      monthDelta('2027-01-01', END),
    );
    expect(cents(after.total.revenue)).toBe(cents(before.total.revenue));
  });

  it('raises one MARGIN_AT_RISK and publishes one MarginProjectionChanged when the margin falls below the threshold, however often the change arrives', async () => {
    const before = await bed.version(PROJECT, 3);
    expect(before.version).toBe(3);
    expect(Number(before.total.marginPct)).toBeGreaterThanOrEqual(50);
    // an engagement manager's cost at an analyst's bill rate
    await restaff({
      add: [
        {
          worker: 'E1005',
          role: 'ANALYST',
          startDate: '2026-11-23',
          endDate: END,
          hoursPerWeek: 40,
        },
      ],
    });
    const atRisk = await bed.version(PROJECT, 4, 60_000);
    await bed.drained(QueueName.PsaStaffingEvents);
    expect(Number(atRisk.total.marginPct)).toBeLessThan(50);
    expect(atRisk.marginAtRisk).toBe(true);

    // the same PSA event again, and the project's activation again
    const queues = bed.app.get(QueueFactory);
    const again = [
      await queues.enqueue(QueueName.PsaStaffingEvents, 'STAFFING_CHANGED', {
        eventId: atRisk.trigger.id!,
        eventType: 'STAFFING_CHANGED',
      }),
      await queues.enqueue(QueueName.PsaStaffingEvents, 'STAFFING_CHANGED', {
        eventId: atRisk.trigger.id!,
        eventType: 'STAFFING_CHANGED',
      }),
    ];
    await waitFor(
      async () =>
        (await Promise.all(again.map((job) => job.getState()))).every((s) => s === 'completed'),
      { timeoutMs: 30_000, what: 'the repeated staffing event' },
    );
    expect((await bed.version(PROJECT, 4)).version).toBe(4);
    const cases: { status: string; owner_group: string; message: string }[] =
      await bed.dataSource.query(
        `SELECT status, owner_group, message FROM exceptions
          WHERE reason_code = 'MARGIN_AT_RISK' AND subject_id = $1`,
        [PROJECT],
      );
    expect(cases).toEqual([expect.objectContaining({ status: 'open', owner_group: 'delivery' })]);
    expect(cases[0].message).toContain(`${atRisk.total.marginPct}%`);
    const published = await waitFor(async () => {
      const events = await bed.businessEvents(QueueName.BusinessEvents, 'MarginProjectionChanged');
      return events.length > 0 && events;
    });
    expect(published).toEqual([
      expect.objectContaining({
        payload: {
          project: PROJECT,
          opportunity: CONTOSO,
          version: 4,
          previousMarginPct: before.total.marginPct,
          marginPct: atRisk.total.marginPct,
          thresholdPct: '50',
          atRisk: true,
        },
      }),
    ]);

    // retried from the workbench with nothing changed: recomputed, the case open again
    const [{ id: caseId }] = await bed.dataSource.query(
      `SELECT id FROM exceptions WHERE reason_code = 'MARGIN_AT_RISK' AND subject_id = $1`,
      [PROJECT],
    );
    const retried = await bed
      .api('post', `/exceptions/${caseId}/retry`, [Role.Finance])
      .set('idempotency-key', 'retry-margin')
      .expect(202);
    expect(retried.body).toEqual({ exception: caseId, project: PROJECT, status: 'retrying' });
    await waitFor(
      async () => {
        const [row] = await bed.dataSource.query(
          `SELECT status, attempts FROM exceptions WHERE id = $1`,
          [caseId],
        );
        return row.status === 'open' && row.attempts === 2;
      },
      { what: 'the retried case to be open again' },
    );
    expect((await bed.version(PROJECT, 4)).version).toBe(4);

    // restaffed: the margin recovers, the case is resolved and the recovery published
    await restaff({ remove: ['E1005'] });
    const recovered = await bed.version(PROJECT, 5, 60_000);
    await bed.drained(QueueName.PsaStaffingEvents);
    expect(recovered.marginAtRisk).toBe(false);
    const [resolved] = await bed.dataSource.query(
      `SELECT status FROM exceptions WHERE reason_code = 'MARGIN_AT_RISK' AND subject_id = $1`,
      [PROJECT],
    );
    expect(resolved.status).toBe('resolved');
    await waitFor(
      async () =>
        (await bed.businessEvents(QueueName.BusinessEvents, 'MarginProjectionChanged')).length ===
        2,
      { what: 'the recovery event' },
    );
  });

  it('keeps each change as a version and answers what the forecast said before', async () => {
    const list = await bed
      .api('get', `/forecasts/projects/${PROJECT}/versions?limit=3`)
      .expect(200);
    expect(list.body.items.map((item: ForecastView) => item.version)).toEqual([5, 4, 3]);
    const rest = await bed
      .api('get', `/forecasts/projects/${PROJECT}/versions?limit=3&cursor=${list.body.nextCursor}`)
      .expect(200);
    expect(rest.body.items.map((item: ForecastView) => item.version)).toEqual([2, 1]);
    expect(rest.body.nextCursor).toBeUndefined();

    const then = await bed
      .api('get', `/forecasts/projects/${PROJECT}?asOf=${encodeURIComponent(first.computedAt)}`)
      .expect(200);
    expect(then.body).toMatchObject({ version: 1, total: first.total, plan: first.plan });
    const second = await bed.api('get', `/forecasts/projects/${PROJECT}/versions/2`).expect(200);
    expect(second.body.plan.map((line: { worker: string }) => line.worker)).toContain('E1007');
    await bed.api('get', `/forecasts/projects/${PROJECT}?asOf=2026-01-01T00:00:00Z`).expect(404);
    await bed.api('get', `/forecasts/projects/${PROJECT}/versions/9`).expect(404);

    const metrics = (await bed.api('get', '/metrics').expect(200)).text;
    expect(metrics).toMatch(/p2c_forecast_margin_crossings_total\{direction="at_risk"[^}]*\} 1\n/);
    expect(metrics).toMatch(
      /p2c_forecast_margin_crossings_total\{direction="recovered"[^}]*\} 1\n/,
    );
    expect(metrics).toMatch(/p2c_forecast_versions_total\{trigger="request"[^}]*\} 1\n/);

    const page = await bed.api('get', '/forecasts/projects?legalEntity=NWA-US').expect(200);
    expect(page.body.items).toEqual([
      expect.objectContaining({
        project: PROJECT,
        opportunity: CONTOSO,
        version: 5,
        planned: expect.objectContaining({ hours: expect.any(String) }),
      }),
    ]);
  });
});
