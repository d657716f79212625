import { RunningSandbox, startSandbox } from '../testing/sandbox-test-app';
import { call } from '../testing/vendor-http';

type Body = Record<string, unknown>;
const WORKERS = '/hcm/ccx/api/staffing/v6/northwind/workers';

describe('the sandbox HCM (Workday style)', () => {
  let sandbox: RunningSandbox;
  const hcm = <T = Body>(path: string) => call<T>(sandbox.url, path, 'hcm');

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.close());

  it('pages workers with limit/offset, every worker once', async () => {
    const seen: string[] = [];
    for (let offset = 0; ; offset += 10) {
      const page = await hcm<{ total: number; data: Body[] }>(
        `${WORKERS}?limit=10&offset=${offset}`,
      );
      expect(page.body.total).toBe(24);
      if (page.body.data.length === 0) break;
      seen.push(...page.body.data.map((w) => String(w.id)));
    }
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
    expect((await hcm<{ data: Body[] }>(WORKERS)).body.data).toHaveLength(20);
  });

  it('shows a worker as the staffing API does, by its WID', async () => {
    const page = await hcm<{ data: Body[] }>(`${WORKERS}?limit=1`);
    const id = String(page.body.data[0].id);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const worker = await hcm<Body>(`${WORKERS}/${id}`);
    expect(worker.body).toEqual({
      id,
      descriptor: 'Ava Okafor',
      workerId: 'E1001',
      businessTitle: 'Partner',
      primaryWorkEmail: 'ava.okafor@northwind.example',
      isManager: true,
      primarySupervisoryOrganization: { id: expect.any(String), descriptor: 'Strategy US' },
      href: `${sandbox.url}${WORKERS}/${id}`,
    });
  });

  it('answers errors in its {error, errors} shape', async () => {
    const missing = await hcm(`${WORKERS}/0000`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      error: 'Resource not found',
      errors: [{ error: 'Resource not found' }],
    });
    const badLimit = await hcm(`${WORKERS}?limit=500`);
    expect(badLimit.status).toBe(400);
    expect(badLimit.body).toMatchObject({ errors: [{ field: 'limit' }] });
  });

  it('reports every cost rate with its dates, currency and the worker\u2019s status', async () => {
    const report = await hcm<{ Report_Entry: Body[] }>(
      '/hcm/ccx/service/customreport2/northwind/Worker_Cost_Rates?format=json',
    );
    expect(report.body.Report_Entry).toHaveLength(47);
    expect(report.body.Report_Entry).toContainEqual(
      expect.objectContaining({
        Employee_ID: 'E1001',
        Cost_Rate: '190.00',
        Currency: 'USD',
        Effective_From: '2026-01-01',
        Effective_To: '2026-09-30',
        Active: '1',
      }),
    );
    const added = await call(sandbox.url, '/__sandbox/state/hcm/costRates', 'admin', {
      body: {
        Employee_ID: 'E1010',
        Cost_Rate: '140.00',
        Currency: 'GBP',
        Effective_From: '2026-10-01',
        Effective_To: '2026-10-31',
      },
    });
    expect(added.status).toBe(201);
    const after = await hcm<{ Report_Entry: Body[] }>(
      '/hcm/ccx/service/customreport2/northwind/Worker_Cost_Rates?format=json',
    );
    expect(after.body.Report_Entry.filter((row) => row.Employee_ID === 'E1010')).toHaveLength(2);
    expect((await hcm('/hcm/ccx/service/customreport2/northwind/Worker_Cost_Rates')).status).toBe(
      400,
    );
  });
});
