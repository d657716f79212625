import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { ExperienceTestBed } from '../testing/experience-test-bed';

const FABRIKAM = '006NW000101';
const CACHE_MS = 3_000;

interface Posting {
  status: string;
}

describe('the finance and delivery dashboards', () => {
  let bed: ExperienceTestBed;
  let finance: string;
  let delivery: string;

  /** Logs and approves time in the PSA; waits until process-time has posted or blocked each. */
  const approvedTime = async (
    entries: { opportunity: string; worker: string; date: string; hours: number }[],
  ): Promise<string[]> => {
    const { ids } = await bed.admin<{ ids: string[] }>('/psa/time-entries', {
      body: { entries: entries.map((entry) => ({ billable: true, ...entry })) },
    });
    await bed.admin('/psa/time-entries/approve', { body: { ids } });
    await waitFor(
      async () => {
        for (const id of ids) {
          const { status, body } = await bed.process(
            'process-time',
            'get',
            `/postings/psa-time-${id}`,
          );
          if (status !== 200 || (body as Posting).status === 'pending') return false;
        }
        return true;
      },
      { timeoutMs: 30_000, intervalMs: 200, what: 'the approved entries to be posted or blocked' },
    );
    return ids;
  };

  beforeAll(async () => {
    bed = await ExperienceTestBed.start({ env: { DASHBOARD_CACHE_MS: String(CACHE_MS) } });
    finance = bed.token(Role.Finance);
    delivery = bed.token(Role.Delivery);
    await approvedTime([
      { opportunity: FABRIKAM, worker: 'E1003', date: '2026-11-02', hours: 8 },
      { opportunity: FABRIKAM, worker: 'E1003', date: '2026-11-03', hours: 6.5 },
      // September is closed in the ERP: blocked as PERIOD_CLOSED, approved but not posted
      { opportunity: FABRIKAM, worker: 'E1001', date: '2026-09-30', hours: 4 },
    ]);
  }, 180_000);

  // closing waits for the jobs the process apps' workers hold
  afterAll(() => bed?.close(), 120_000);

  it('shows the approved-but-unposted time process-time holds, with every app’s exceptions by reason and age', async () => {
    // Columbia's public-sector rate card has no ANALYST rate: the forecast cannot price its plan
    await waitFor(
      async () => {
        const { body } = await bed.process('process-forecast', 'get', '/kpis').expect(200);
        return body.openExceptions.some((row: { reason: string }) => row.reason === 'RATE_MISSING');
      },
      { timeoutMs: 60_000, intervalMs: 250, what: "the forecast's RATE_MISSING case" },
    );
    // through the partner client package, typed from the experience API's document
    const { data, response } = await bed.client(finance).GET('/dashboards/finance');
    expect(response.status).toBe(200);
    const body = data!;
    const time = (await bed.process('process-time', 'get', '/kpis').expect(200)).body;
    const unpriced = time.unposted.reduce(
      (sum: number, age: { unpriced: number }) => sum + age.unpriced,
      0,
    );
    expect(body.unposted).toMatchObject({ entries: 1, hours: '4.00', unpriced });
    expect(body.unposted.byAge).toEqual(time.unposted);
    expect(body.postingSuccess).toEqual(time.success);
    expect(body.exceptions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          app: 'process-time',
          reason: 'PERIOD_CLOSED',
          open: 1,
          underOneHour: 1,
        }),
        expect.objectContaining({
          app: 'process-onboarding',
          reason: 'INVALID_DIMENSION',
          open: 1,
        }),
        expect.objectContaining({ app: 'process-forecast', reason: 'RATE_MISSING', open: 1 }),
      ]),
    );
    const billing = (await bed.process('process-billing', 'get', '/kpis').expect(200)).body;
    expect({
      blocked: body.blockedBillingEvents,
      pending: body.pendingApproval,
      overdue: body.overdueInvoices,
      dso: body.daysSalesOutstanding,
      readiness: body.invoiceReadinessLag,
      sync: body.invoiceSyncDelay,
    }).toEqual({
      blocked: billing.blocked,
      pending: billing.pendingApproval,
      overdue: billing.overdue,
      dso: billing.daysSalesOutstanding,
      readiness: billing.readinessLag,
      sync: billing.invoiceSync,
    });
  });

  it('answers from one reading within DASHBOARD_CACHE_MS, and a fresh one after it', async () => {
    // past the window and its grace: this call reads the process tier
    await new Promise((resolve) => setTimeout(resolve, 2 * CACHE_MS));
    const first = (await bed.api('get', '/dashboards/finance', finance).expect(200)).body;
    const readAt = Date.now();
    await approvedTime([{ opportunity: FABRIKAM, worker: 'E1001', date: '2026-09-29', hours: 3 }]);
    const time = (await bed.process('process-time', 'get', '/kpis').expect(200)).body;
    expect(
      time.unposted.reduce((sum: number, bucket: { entries: number }) => sum + bucket.entries, 0),
    ).toBe(2);
    const cached = (await bed.api('get', '/dashboards/finance', finance).expect(200)).body;
    // only meaningful while the window lasts: the entry took less than it to post
    expect(Date.now() - readAt).toBeLessThan(CACHE_MS);
    expect(cached).toEqual(first);
    await new Promise((resolve) => setTimeout(resolve, CACHE_MS - (Date.now() - readAt) + 100));
    // the first caller past the window may still get the last reading while it is refreshed
    const fresh = await waitFor(
      async () => {
        const { body } = await bed.api('get', '/dashboards/finance', finance).expect(200);
        return body.asOf > first.asOf ? body : undefined;
      },
      { timeoutMs: CACHE_MS, intervalMs: 50, what: 'a fresh reading of the finance dashboard' },
    );
    expect(fresh.unposted).toMatchObject({ entries: 2, hours: '7.00' });
    expect(fresh.unposted.byAge).toEqual(time.unposted);
  });

  it('shows set-ups, hours and cost against budget, margins, forecasts and utilisation for a month', async () => {
    await waitFor(
      async () =>
        (await bed.process('process-forecast', 'get', '/kpis').expect(200)).body.projects === 6,
      { timeoutMs: 30_000, what: 'a forecast of each active project' },
    );
    const { data: body, response } = await bed
      .client(delivery)
      .GET('/dashboards/delivery', { params: { query: { period: '2026-11' } } });
    expect(response.status).toBe(200);
    if (!body) throw new Error('no delivery dashboard');
    expect(body.setup).toMatchObject({ pending: 0, running: 0, blocked: 1, completed: 6 });
    expect(body.setup.blockedProjects).toEqual([
      expect.objectContaining({ opportunityCrmId: '006NW000106', reasonCode: 'INVALID_DIMENSION' }),
    ]);
    const budgets = (await bed.process('process-onboarding', 'get', '/kpis/budgets').expect(200))
      .body.items;
    const budget = budgets.find(
      (one: { opportunityCrmId: string }) => one.opportunityCrmId === FABRIKAM,
    );
    const fabrikam = body.projects.find(
      (one: { project: string }) => one.project === budget.project,
    );
    const posted = (
      await bed.process('process-time', 'get', '/kpis/projects').expect(200)
    ).body.items.find((one: { project: string }) => one.project === budget.project);
    const plannedHundredths = BigInt(budget.plannedHours.replace('.', ''));
    const forecast = (
      await bed.process('process-forecast', 'get', `/forecasts/projects/${budget.project}`)
    ).body;
    expect(fabrikam).toEqual({
      project: budget.project,
      opportunityCrmId: FABRIKAM,
      name: budget.name,
      legalEntity: budget.legalEntity,
      billingModel: budget.billingModel,
      contractAmount: budget.contractAmount,
      plannedHours: budget.plannedHours,
      postedHours: '14.50',
      hoursUsed: ratio(1450n, plannedHundredths),
      plannedCost: budget.plannedCost,
      postedCost: [posted.cost],
      costUsed: ratio(cents(posted.cost.amount), cents(budget.plannedCost[0].amount)),
      billableAmount: [posted.billableAmount],
      actualMargin: ratio(
        cents(posted.billableAmount.amount) - cents(posted.cost.amount),
        cents(posted.billableAmount.amount),
      ),
      contractedMargin: budget.contractedMargin,
      forecast: {
        version: forecast.version,
        asOf: forecast.asOf,
        planned: forecast.planned,
        total: forecast.total,
        marginAtRisk: forecast.marginAtRisk,
      },
    });
    expect(body.projects.map((one: { project: string }) => one.project)).toEqual(
      budgets.map((one: { project: string }) => one.project).sort(),
    );
    expect(body).toMatchObject({ period: '2026-11', weekdays: 21, capacityHours: '168.00' });
    expect(body.utilisation).toEqual([
      {
        worker: 'E1003',
        postedHours: '14.50',
        billableHours: '14.50',
        utilisation: ratio(1450n, 16800n),
        billableUtilisation: ratio(1450n, 16800n),
      },
    ]);
  });

  it('refuses a period that is not a month, as problem+json', async () => {
    for (const period of ['2026-13', '2026-1', 'last-month'])
      await bed
        .api('get', `/dashboards/delivery?period=${period}`, delivery)
        .expect(400)
        .expect('content-type', /application\/problem\+json/)
        .expect((res) => expect(res.body.code).toBe('VALIDATION_FAILED'));
  });

  it('shows finance to finance and admin only, delivery to delivery too; partners see neither', async () => {
    await bed.api('get', '/dashboards/finance').expect(401);
    await bed.api('get', '/dashboards/delivery').expect(401);
    await bed.api('get', '/dashboards/finance', bed.token(Role.Admin)).expect(200);
    await bed.api('get', '/dashboards/finance', delivery).expect(403);
    await bed.api('get', '/dashboards/delivery', delivery).expect(200);
    await bed.api('get', '/dashboards/delivery', finance).expect(200);
    const partner = bed.token(Role.Partner, { partnerId: 'PARTNER-A' });
    for (const path of ['/dashboards/finance', '/dashboards/delivery'])
      await bed
        .api('get', path, partner)
        .expect(403)
        .expect('content-type', /application\/problem\+json/);
  });

  it('answers 503 naming the process app that cannot answer', async () => {
    await bed.processes['process-billing'].close();
    await new Promise((resolve) => setTimeout(resolve, 2 * CACHE_MS));
    const { body } = await bed
      .api('get', '/dashboards/finance', finance)
      .expect(503)
      .expect('content-type', /application\/problem\+json/);
    expect(body).toMatchObject({ code: 'PROCESS_UNAVAILABLE', unavailable: ['process-billing'] });
    expect(body.detail).toContain('process-billing');
    // the delivery dashboard does not need process-billing
    await bed.api('get', '/dashboards/delivery?period=2026-10', delivery).expect(200);
  });
});

function cents(amount: string): bigint {
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** a ÷ b to four places, half away from zero (b positive) */
function ratio(a: bigint, b: bigint): string {
  const abs = a < 0n ? -a : a;
  const digits = ((2n * abs * 10_000n + b) / (2n * b)).toString().padStart(5, '0');
  return `${a < 0n ? '-' : ''}${digits.slice(0, -4)}.${digits.slice(-4)}`;
}
