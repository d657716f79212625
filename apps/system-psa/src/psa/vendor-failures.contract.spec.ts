import { contosoProject, keyed } from '../testing/northwind-projects';
import { PsaTestBed } from '../testing/psa-test-bed';

describe('system-psa when the PSA fails', () => {
  let bed: PsaTestBed;

  beforeAll(async () => {
    bed = await PsaTestBed.start();
  });

  afterAll(() => bed?.close());

  afterEach(() => bed.faults({}));

  it('maps a 404 to NOT_FOUND', async () => {
    const response = await bed.get('/expenses/999999999');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers RATE_LIMITED with a Retry-After when the PSA keeps answering 429 without one', async () => {
    await bed.faults({ rateLimit: { perSecond: 0 } });
    const response = await bed.get('/rate-cards/RC-STD-USD/bill-rate?role=SENIOR&date=2026-11-02');
    expect(response.status).toBe(429);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'RATE_LIMITED', vendor: 'psa' });
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });

  it('succeeds through retries while 30% of PSA calls fail with a 5xx, and makes no twin', async () => {
    await bed.faults({ errorRate: 0.3 });
    const projects = ['storm-1', 'storm-2', 'storm-3'].map((key) => keyed(contosoProject(), key));
    for (const project of projects) {
      const created = await bed.post('/projects', project);
      expect(created.status).toBe(201);
      expect((await bed.post(`/projects/${project.id}/activate`)).status).toBe(200);
    }
    for (let read = 0; read < 10; read += 1) {
      expect((await bed.get('/time-entries?limit=50')).status).toBe(200);
      expect((await bed.get('/events?limit=50')).status).toBe(200);
    }
    await bed.faults({});
    for (const project of projects) {
      const workspaces = await bed.records('workspaces', {
        external_reference: project.opportunity,
      });
      expect(workspaces).toHaveLength(1);
      expect(await bed.records('participations', { workspace_id: workspaces[0].id })).toHaveLength(
        4,
      );
    }
  });
});

describe('system-psa with credentials the PSA refuses', () => {
  let bed: PsaTestBed;

  beforeAll(async () => {
    bed = await PsaTestBed.start({ env: { PSA_TOKEN: 'not-the-psa-token' } });
  });

  afterAll(() => bed?.close());

  it('answers the PSA’s OAuth refusal as VENDOR_UNAVAILABLE for an operator, not as the caller’s 401', async () => {
    const response = await bed.get('/time-entries/100000001');
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('30');
    expect(response.body).toMatchObject({
      code: 'VENDOR_UNAVAILABLE',
      detail: expect.stringMatching(/renew PSA_TOKEN/),
      vendor: 'psa',
      vendorStatus: 401,
      vendorMessage: 'Invalid OAuth 2 Request',
    });
  });
});
