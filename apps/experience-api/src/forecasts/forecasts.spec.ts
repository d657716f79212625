import type { ProcessForecastApi } from '@p2c/clients';
import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';
import { ExperienceTestBed } from '../testing/experience-test-bed';

type Forecast = ProcessForecastApi.SchemaProjectForecastDto;
type ForecastPage = ProcessForecastApi.SchemaProjectForecastPageDto;
type Utilisation = ProcessForecastApi.SchemaUtilisationDto;

const CONTOSO = '006NW000101';
/** Northwind's active deals in NWA-US: onboarding sets them up, the forecast follows them. */
const US_DEALS = defaultScenario()
  .opportunities.filter((deal) => deal.stage === 'Closed Won' && deal.legalEntity === 'NWA-US')
  .map((deal) => deal.crmId)
  .filter((crmId) => crmId !== '006NW000106')
  .sort();
/** Two ISO weeks after the world's date (2026-W48 and W49). */
const RANGE = 'from=2026-11-23&to=2026-12-04';
/** In cents: an amount the API answers. */
const cents = (money: { amount: string }) => BigInt(money.amount.replace('.', ''));
/** High enough that an engagement manager staffed at an analyst's rate puts Contoso at risk. */
const THRESHOLD_PCT = '50';

interface DashboardProject {
  project: string;
  forecast?: {
    version: number;
    planned: Forecast['planned'];
    total: Forecast['total'];
    marginAtRisk: boolean;
  };
}

describe('forecasts, utilisation, the bench and provisional projects on the experience API', () => {
  let bed: ExperienceTestBed;
  let delivery: string;
  let finance: string;
  let contoso: Forecast;

  /** process-forecast's own answer, as an admin. */
  const fromForecast = async <T>(path: string): Promise<T> =>
    (await bed.process('process-forecast', 'get', path).expect(200)).body as T;

  const experienceForecast = async (project: string): Promise<Forecast> =>
    (await bed.api('get', `/forecasts/projects/${project}`, delivery).expect(200)).body as Forecast;

  beforeAll(async () => {
    bed = await ExperienceTestBed.start({
      env: { DASHBOARD_CACHE_MS: '0' },
      processEnv: { FORECAST_MARGIN_AT_RISK_PCT: THRESHOLD_PCT },
    });
    delivery = bed.token(Role.Delivery);
    finance = bed.token(Role.Finance);
    const followed = await waitFor(
      async () => {
        const page = await fromForecast<ForecastPage>('/forecasts/projects?legalEntity=NWA-US');
        const deals = page.items.map((item) => item.opportunity).sort();
        return JSON.stringify(deals) === JSON.stringify(US_DEALS) && page.items;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'the first forecast of each NWA-US project' },
    );
    contoso = followed.find((item) => item.opportunity === CONTOSO)!;
  }, 240_000);

  // closing waits for the jobs the process apps' workers hold
  afterAll(() => bed?.close(), 120_000);

  it('lists the onboarded Northwind projects of NWA-US with the figures process-forecast answers', async () => {
    const { body } = await bed
      .api('get', '/forecasts/projects?legalEntity=NWA-US', delivery)
      .expect(200);
    const expected = await fromForecast<ForecastPage>('/forecasts/projects?legalEntity=NWA-US');
    expect(body.items.map((item: Forecast) => item.opportunity).sort()).toEqual(US_DEALS);
    for (const item of body.items as Forecast[]) {
      const same = expected.items.find((one) => one.project === item.project)!;
      expect(item).toMatchObject({
        project: same.project,
        opportunity: same.opportunity,
        legalEntity: 'NWA-US',
        planned: same.planned,
        months: same.months,
      });
      expect(Object.keys(item.planned).sort()).toEqual(
        ['cost', 'hours', 'margin', 'marginPct', 'revenue'].sort(),
      );
    }
    // the partner client package is typed from the same document
    const { data } = await bed
      .client(delivery)
      .GET('/forecasts/projects', { params: { query: { legalEntity: 'NWA-US', limit: 1 } } });
    expect(data!.items).toHaveLength(1);
    expect(data!.nextCursor).toEqual(expect.any(String));
  });

  it('shows a staffing change made in the PSA within a minute, and the case it raises in the workbench', async () => {
    const before = await experienceForecast(contoso.project);
    expect(before.marginAtRisk).toBe(false);
    // an engagement manager's cost at an analyst's bill rate
    await bed.admin('/psa/staffing-changes', {
      body: {
        opportunity: CONTOSO,
        add: [
          {
            worker: 'E1005',
            role: 'ANALYST',
            startDate: '2026-11-23',
            endDate: '2027-01-29',
            hoursPerWeek: 40,
          },
        ],
      },
    });
    const after = await waitFor(
      async () => {
        const seen = await experienceForecast(contoso.project);
        return seen.version > before.version && seen;
      },
      { timeoutMs: 60_000, intervalMs: 500, what: "the staffing change in Contoso's forecast" },
    );
    expect(after.trigger).toMatchObject({ kind: 'event', type: 'STAFFING_CHANGED' });
    expect(after.changes.added).toEqual([expect.objectContaining({ worker: 'E1005' })]);
    expect(cents(after.planned.cost)).toBeGreaterThan(cents(before.planned.cost));
    expect(after.marginAtRisk).toBe(true);

    // the versions, as the forecast keeps them
    const versions = await bed
      .api('get', `/forecasts/projects/${contoso.project}/versions`, delivery)
      .expect(200);
    expect(versions.body).toEqual(
      await fromForecast(`/forecasts/projects/${contoso.project}/versions`),
    );
    const first = await bed
      .api('get', `/forecasts/projects/${contoso.project}/versions/${before.version}`, delivery)
      .expect(200);
    expect(first.body.total).toEqual(before.total);
    const then = await bed
      .api(
        'get',
        `/forecasts/projects/${contoso.project}?asOf=${encodeURIComponent(before.computedAt)}`,
        delivery,
      )
      .expect(200);
    expect(then.body.version).toBe(before.version);

    // the case for delivery, listed and worked through the workbench
    const cases = await waitFor(
      async () => {
        const { body } = await bed
          .api('get', '/exceptions?reason=MARGIN_AT_RISK&status=open', delivery)
          .expect(200);
        const mine = (
          body.items as { subjectId: string; app: string; id: string; attempts: number }[]
        ).filter((item) => item.subjectId === contoso.project);
        return mine.length > 0 && mine;
      },
      { timeoutMs: 10_000, what: "Contoso's MARGIN_AT_RISK case in the workbench" },
    );
    expect(cases).toEqual([expect.objectContaining({ app: 'process-forecast', flow: 'forecast' })]);
    const assigned = await bed
      .api('post', `/exceptions/${cases[0].id}/assign`, delivery)
      .send({ assignee: 'dana.delivery' })
      .expect(200);
    expect(assigned.body).toMatchObject({ app: 'process-forecast', assignee: 'dana.delivery' });
    // retried by recomputing the project: the margin is still low, so the case stays with its assignee
    const retried = await bed.api('post', `/exceptions/${cases[0].id}/retry`, finance).expect(202);
    expect(retried.body).toMatchObject({
      app: 'process-forecast',
      exception: cases[0].id,
      accepted: { project: contoso.project, status: 'retrying' },
    });
    const reopened = await waitFor(
      async () => {
        const { body } = await bed.api('get', `/exceptions/${cases[0].id}`, delivery).expect(200);
        return body.status !== 'retrying' && body.attempts > cases[0].attempts && body;
      },
      { timeoutMs: 30_000, what: "the retried case settled, Contoso's margin still at risk" },
    );
    expect(reopened).toMatchObject({ status: 'assigned', assignee: 'dana.delivery' });
    expect(reopened.audit).toEqual(
      expect.arrayContaining([expect.objectContaining({ actor: 'finance-user' })]),
    );
  }, 120_000);

  it('recomputes a forecast on request, with an Idempotency-Key, and 404s a project it does not follow', async () => {
    const answer = await bed
      .api('post', `/forecasts/projects/${contoso.project}/recompute`, delivery)
      .set('idempotency-key', 'contoso-now')
      .expect(200);
    expect(answer.body).toMatchObject({ project: contoso.project, opportunity: CONTOSO });
    const again = await bed
      .api('post', `/forecasts/projects/${contoso.project}/recompute`, delivery)
      .set('idempotency-key', 'contoso-now')
      .expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.version).toBe(answer.body.version);
    const unknown = await bed
      .api('post', '/forecasts/projects/PRJ-NOT-FOLLOWED/recompute', delivery)
      .expect(404)
      .expect('content-type', /application\/problem\+json/);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('sums the planned hours of a worker split across two projects, and lists the bench', async () => {
    const { body } = await bed
      .api('get', `/utilisation?${RANGE}&legalEntity=NWA-US`, delivery)
      .expect(200);
    const farah = (body as Utilisation).items.find((item) => item.worker === 'E1006')!;
    // 40 h a week on Fabrikam and 8 on Columbia, over 40 h of capacity
    expect(farah).toMatchObject({
      plannedHours: '96.00',
      capacityHours: '80.00',
      utilisationPct: '120.00',
    });
    expect(farah.projects).toHaveLength(2);
    expect(body).toEqual(await fromForecast(`/utilisation?${RANGE}&legalEntity=NWA-US`));
    const bench = await bed.api('get', `/bench?${RANGE}`, finance).expect(200);
    expect(bench.body).toEqual(await fromForecast(`/bench?${RANGE}`));
    expect(
      bench.body.groups.flatMap((group: { workers: { worker: string }[] }) =>
        group.workers.map((worker) => worker.worker),
      ),
    ).toContain('E1023');
  });

  it('answers a legal entity’s revenue per month, its planned part the forecasts’ planned revenue', async () => {
    const range = 'legalEntity=NWA-US&from=2026-01&to=2028-12';
    const { body } = await bed.api('get', `/forecasts/revenue?${range}`, finance).expect(200);
    expect(body).toEqual(await fromForecast(`/forecasts/revenue?${range}`));
    expect(body).toMatchObject({ legalEntity: 'NWA-US', currency: 'USD' });
    expect(body.months).toHaveLength(36);
    const forecasts = await fromForecast<ForecastPage>('/forecasts/projects?legalEntity=NWA-US');
    const planned = forecasts.items
      .filter((one) => one.currency === 'USD')
      .reduce((sum, one) => sum + cents(one.planned.revenue), 0n);
    expect(planned).toBeGreaterThan(0n);
    expect(cents(body.total.planned)).toBe(planned);
    const backwards = await bed
      .api('get', '/forecasts/revenue?legalEntity=NWA-US&from=2027-03&to=2026-10', delivery)
      .expect(400)
      .expect('content-type', /application\/problem\+json/);
    expect(backwards.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('serves late-stage deals’ provisional projects with their demand, as onboarding holds them', async () => {
    const list = await bed.api('get', '/provisional-projects', delivery).expect(200);
    const held = (await bed.process('process-onboarding', 'get', '/provisional-projects')).body;
    expect(list.body).toEqual(held);
    const negotiation = (list.body.items as { opportunityCrmId: string; project: string }[]).find(
      (item) => item.opportunityCrmId === '006NW000108',
    )!;
    expect(negotiation).toMatchObject({ status: 'PROVISIONAL', stage: 'Negotiation' });
    const one = await bed
      .api('get', `/provisional-projects/${negotiation.project}`, delivery)
      .expect(200);
    expect(one.body).toEqual(negotiation);
    await bed
      .api('get', '/provisional-projects/prj_unknown', delivery)
      .expect(404)
      .expect('content-type', /application\/problem\+json/);
  });

  it('carries each project’s forecast, the margins at risk and the world’s week’s utilisation and bench on the delivery dashboard', async () => {
    const { body } = await bed.api('get', '/dashboards/delivery', delivery).expect(200);
    const forecasts = await fromForecast<ForecastPage>('/forecasts/projects?limit=200');
    for (const forecast of forecasts.items) {
      const project = (body.projects as DashboardProject[]).find(
        (one) => one.project === forecast.project,
      );
      expect(project?.forecast).toEqual({
        version: forecast.version,
        asOf: forecast.asOf,
        planned: forecast.planned,
        total: forecast.total,
        marginAtRisk: forecast.marginAtRisk,
      });
    }
    // existing figures stay
    expect(body).toMatchObject({ setup: expect.any(Object), utilisation: expect.any(Array) });
    const week = 'from=2026-11-16&to=2026-11-22';
    const utilisation = await fromForecast<Utilisation>(`/utilisation?${week}`);
    const hundredths = (hours: string) => Math.round(Number(hours) * 100);
    const planned = utilisation.items.reduce((sum, one) => sum + hundredths(one.plannedHours), 0);
    const bench = await fromForecast<{ groups: { workers: unknown[] }[] }>(`/bench?${week}`);
    expect(body.forecast).toMatchObject({
      asOf: defaultScenario().asOf,
      week: '2026-W47',
      from: '2026-11-16',
      to: '2026-11-22',
      projects: forecasts.items.length,
      marginAtRisk: forecasts.items.filter((one) => one.marginAtRisk).length,
      marginAtRiskThresholdPct: THRESHOLD_PCT,
      utilisation: { workers: utilisation.items.length },
      bench: { workers: bench.groups.reduce((sum, group) => sum + group.workers.length, 0) },
    });
    expect(hundredths(body.forecast.utilisation.plannedHours)).toBe(planned);
  });

  it('lets delivery, finance and admin read; partners get 403 and no token 401', async () => {
    const partner = bed.token(Role.Partner, { partnerId: 'PARTNER-ALPHA' });
    for (const path of [
      '/forecasts/projects',
      `/forecasts/projects/${contoso.project}`,
      `/forecasts/projects/${contoso.project}/versions`,
      `/utilisation?${RANGE}`,
      `/bench?${RANGE}`,
      '/forecasts/revenue?legalEntity=NWA-US&from=2026-10&to=2027-03',
      '/provisional-projects',
    ]) {
      for (const role of [Role.Delivery, Role.Finance, Role.Admin])
        await bed.api('get', path, bed.token(role)).expect(200);
      await bed
        .api('get', path, partner)
        .expect(403)
        .expect('content-type', /application\/problem\+json/);
      await bed.api('get', path).expect(401);
    }
    await bed.api('post', `/forecasts/projects/${contoso.project}/recompute`, partner).expect(403);
  });

  it('passes bad input back as process-forecast’s 400 problem+json', async () => {
    for (const path of [
      '/utilisation?from=2026-12-04&to=2026-11-23',
      '/bench?from=2026-12-04&to=2026-11-23',
      '/utilisation?from=2026-01-01&to=2027-06-30',
      `/utilisation?${RANGE}&legalEntity=NWA-XX`,
      '/forecasts/projects?legalEntity=NWA-XX',
      '/forecasts/revenue?legalEntity=NWA-XX&from=2026-10&to=2027-03',
      '/forecasts/revenue?legalEntity=NWA-US&from=2026-01&to=2029-12',
    ]) {
      const answer = await bed.api('get', path, delivery);
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(answer.body.correlationId).toEqual(expect.any(String));
    }
    for (const path of [
      '/utilisation?from=2026-11-31&to=2026-12-04',
      '/utilisation?to=2026-12-04',
      `/utilisation?${RANGE}&worker=E1006`,
      `/forecasts/projects/${contoso.project}?asOf=last-week`,
      `/forecasts/projects/${contoso.project}/versions/0`,
      '/forecasts/projects?limit=100000',
      '/forecasts/revenue?legalEntity=NWA-US&from=2026-13&to=2027-03',
      '/forecasts/revenue?from=2026-10&to=2027-03',
    ])
      await bed
        .api('get', path, delivery)
        .expect(400)
        .expect('content-type', /application\/problem\+json/);
  });

  it('fails the delivery dashboard with 503 naming process-forecast when it cannot answer', async () => {
    await bed.processes['process-forecast'].close();
    const { body } = await bed
      .api('get', '/dashboards/delivery', delivery)
      .expect(503)
      .expect('content-type', /application\/problem\+json/);
    expect(body).toMatchObject({ code: 'PROCESS_UNAVAILABLE', unavailable: ['process-forecast'] });
  });
});
