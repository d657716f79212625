import { DataSource } from 'typeorm';
import { Role } from '@p2c/security';
import { ExperienceTestBed } from '@p2c/apps/experience-api/src/testing/experience-test-bed';

/** What finance could change through the experience API, as process-billing holds it. */
const WRITTEN = `SELECT (SELECT count(*) FROM billing_runs)::int AS runs,
                       (SELECT count(*) FROM reconciliations)::int AS reconciliations,
                       (SELECT count(*) FROM audit_log)::int AS audited`;

describe('bad input to the experience API (through the partner client package)', () => {
  let bed: ExperienceTestBed;
  let billing: DataSource;
  let before: unknown;

  beforeAll(async () => {
    bed = await ExperienceTestBed.start({ env: { HTTP_BODY_LIMIT_BYTES: String(64 * 1024) } });
    billing = bed.processes['process-billing'].get(DataSource);
    before = (await billing.query(WRITTEN))[0];
  }, 180_000);

  // closing waits for the jobs the process apps' workers hold
  afterAll(() => bed?.close(), 120_000);

  const finance = () => bed.client(bed.token(Role.Finance));

  const expectProblem = (
    answer: { error?: unknown; response: Response },
    status: number,
    code?: string,
  ) => {
    expect(answer.response.status).toBe(status);
    expect(answer.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.error).toMatchObject({ status, ...(code ? { code } : {}) });
    expect((answer.error as { correlationId?: string }).correlationId).toEqual(expect.any(String));
  };

  it('refuses unknown properties', async () => {
    const answer = await finance().POST('/billing-runs', {
      body: { legalEntity: 'NWA-US', period: '2026-11', dryRun: true } as never,
    });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(answer.error)).toContain('dryRun');
  });

  it('refuses wrong types and malformed values', async () => {
    for (const body of [
      { legalEntity: 42, period: '2026-11' },
      { legalEntity: 'NWA-US', period: 202611 },
      { legalEntity: 'NWA-US', period: '2026-13' },
      { legalEntity: ['NWA-US'], period: '2026-11' },
    ])
      expectProblem(await finance().POST('/billing-runs', { body: body as never }), 400);
    expectProblem(
      await finance().POST('/billing-events/{id}/reject', {
        params: { path: { id: 'not-a-uuid' } },
        body: { reason: 'x'.repeat(5000) },
      }),
      400,
    );
    expectProblem(
      await finance().GET('/reconciliations', { params: { query: { period: 'November' } } }),
      400,
    );
  });

  it('refuses a body over the size limit with 413', async () => {
    const answer = await finance().POST('/reconciliations', {
      body: { legalEntity: 'NWA-US', period: '2026-11', padding: 'x'.repeat(100 * 1024) } as never,
    });
    expectProblem(answer, 413);
  });

  it('refuses page sizes over the maximum', async () => {
    expectProblem(
      await finance().GET('/billing-events', { params: { query: { limit: 100_000 } } }),
      400,
    );
    expectProblem(
      await finance().GET('/reconciliations', { params: { query: { limit: 100_000 } } }),
      400,
    );
    const partner = bed.client(bed.token(Role.Partner, { partnerId: 'PARTNER-ALPHA' }));
    for (const path of ['/partner/projects', '/partner/invoices', '/partner/time-status'] as const)
      expectProblem(await partner.GET(path, { params: { query: { limit: 100_000 } } }), 400);
  });

  it('refuses a malformed cursor', async () => {
    expectProblem(
      await finance().GET('/billing-events', { params: { query: { cursor: '%%%not-a-cursor' } } }),
      400,
    );
  });

  it('refuses malformed forecast, utilisation and bench queries', async () => {
    const delivery = bed.client(bed.token(Role.Delivery));
    const range = { from: '2026-11-23', to: '2026-12-04' };
    for (const query of [
      { from: '2026-11-31', to: '2026-12-04' },
      { from: '23/11/2026', to: '2026-12-04' },
      { ...range, legalEntity: 'nwa us' },
      { ...range, costCenter: 'US TECH' },
      { ...range, worker: 'E1006' },
    ]) {
      expectProblem(await delivery.GET('/utilisation', { params: { query: query as never } }), 400);
      expectProblem(await delivery.GET('/bench', { params: { query: query as never } }), 400);
    }
    expectProblem(
      await delivery.GET('/utilisation', { params: { query: { to: '2026-12-04' } as never } }),
      400,
    );
    expectProblem(
      await delivery.GET('/forecasts/projects', { params: { query: { legalEntity: 'nwa us' } } }),
      400,
    );
    expectProblem(
      await delivery.GET('/forecasts/projects', { params: { query: { limit: 100_000 } } }),
      400,
    );
    expectProblem(
      await delivery.GET('/forecasts/projects/{id}', {
        params: { path: { id: 'PRJ-006NW000101' }, query: { asOf: 'last week' } },
      }),
      400,
    );
    expectProblem(
      await delivery.GET('/forecasts/projects/{id}/versions/{version}', {
        params: { path: { id: 'PRJ-006NW000101', version: 0 } },
      }),
      400,
    );
    for (const query of [
      { legalEntity: 'NWA-US', from: '2026-13', to: '2027-03' },
      { legalEntity: 'NWA-US', from: '2026-10-01', to: '2027-03' },
      { legalEntity: 'nwa us', from: '2026-10', to: '2027-03' },
      { from: '2026-10', to: '2027-03' },
    ])
      expectProblem(
        await delivery.GET('/forecasts/revenue', { params: { query: query as never } }),
        400,
      );
    expectProblem(
      await delivery.GET('/provisional-projects', {
        params: { query: { status: 'OPEN' as never } },
      }),
      400,
    );
  });

  it('passes on process-forecast’s refusal of a backwards range or an unknown legal entity', async () => {
    const delivery = bed.client(bed.token(Role.Delivery));
    for (const query of [
      { from: '2026-12-04', to: '2026-11-23' },
      { from: '2026-01-01', to: '2027-06-30' },
      { from: '2026-11-23', to: '2026-12-04', legalEntity: 'NWA-XX' },
    ]) {
      expectProblem(
        await delivery.GET('/utilisation', { params: { query } }),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(await delivery.GET('/bench', { params: { query } }), 400, 'VALIDATION_FAILED');
    }
    for (const query of [
      { legalEntity: 'NWA-US', from: '2027-03', to: '2026-10' },
      { legalEntity: 'NWA-US', from: '2026-01', to: '2029-12' },
      { legalEntity: 'NWA-XX', from: '2026-10', to: '2027-03' },
    ])
      expectProblem(
        await delivery.GET('/forecasts/revenue', { params: { query } }),
        400,
        'VALIDATION_FAILED',
      );
  });

  it('changed nothing', async () => {
    expect((await billing.query(WRITTEN))[0]).toEqual(before);
  });
});
