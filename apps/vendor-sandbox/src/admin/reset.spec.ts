import { defaultScenario } from '../scenario/default-scenario';
import { RunningSandbox, quietNorthwind, startSandbox } from '../testing/sandbox-test-app';
import { call } from '../testing/vendor-http';

interface Page {
  total: number;
  items: Record<string, unknown>[];
}

describe('POST /__sandbox/reset', () => {
  let sandbox: RunningSandbox;
  const state = (path: string) => call<Page>(sandbox.url, `/__sandbox/state/${path}`, 'admin');

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.close());

  it('answers a document with three errors with a 400 naming all three, and keeps the old world', async () => {
    const added = await call<{ id: string }>(
      sandbox.url,
      '/__sandbox/state/erp/department',
      'admin',
      {
        body: { name: 'Data & Analytics DE', externalId: 'DE-DATA', subsidiary: { id: '3' } },
      },
    );
    expect(added.status).toBe(201);
    const bad = quietNorthwind() as unknown as Record<string, unknown>;
    bad.asOf = 'next Tuesday';
    (bad.workers as Record<string, unknown>[])[0].role = 'janitor';
    delete (bad.customers as Record<string, unknown>[])[1].name;

    const answer = await call<{ code: string; errors: { path: string }[] }>(
      sandbox.url,
      '/__sandbox/reset',
      'admin',
      { body: bad },
    );

    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body.code).toBe('SCENARIO_INVALID');
    expect(answer.body.errors.map((e) => e.path).sort()).toEqual([
      '/asOf',
      '/customers/1/name',
      '/workers/0/role',
    ]);
    expect((await state(`erp/department/${added.body.id}`)).body).toMatchObject({
      externalId: 'DE-DATA',
    });
  });

  it('loads the default scenario when the body is empty, with the same ids every time', async () => {
    const first = await call<{ name: string; asOf: string }>(
      sandbox.url,
      '/__sandbox/reset',
      'admin',
      {
        method: 'POST',
      },
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ name: 'northwind-advisory', asOf: '2026-11-20' });
    const before = (await state('hcm/workers?limit=100')).body.items.map((w) => w.id);
    await call(sandbox.url, '/__sandbox/reset', 'admin', { method: 'POST' });
    const after = (await state('hcm/workers?limit=100')).body.items.map((w) => w.id);
    expect(after).toEqual(before);
    expect((await state('erp/department?externalId=DE-DATA')).body.total).toBe(0);
  });

  it('takes the scenario\u2019s vendor behaviour as the initial faults', async () => {
    await call(sandbox.url, '/__sandbox/reset', 'admin', { body: defaultScenario() });
    const faults = await call<{ system: string }[]>(sandbox.url, '/__sandbox/faults', 'admin');
    expect(faults.body).toContainEqual({
      system: 'erp',
      latencyMs: 40,
      rateLimit: { perSecond: 50, concurrency: 10 },
    });
    await call(sandbox.url, '/__sandbox/reset', 'admin', { body: quietNorthwind() });
    const quiet = await call<{ system: string }[]>(sandbox.url, '/__sandbox/faults', 'admin');
    expect(quiet.body).toContainEqual({ system: 'erp' });
  });

  describe('the Northwind traps, present as data', () => {
    beforeAll(() => call(sandbox.url, '/__sandbox/reset', 'admin', { body: quietNorthwind() }));

    it('has no ERP department for DE-DATA, though the scenario knows the cost centre', async () => {
      expect((await state('erp/department?externalId=DE-DATA')).body.total).toBe(0);
      expect((await state('erp/department?externalId=DE-OPS')).body.total).toBe(1);
    });

    it('holds Fabrikam and Litware in the ERP already, under other spellings', async () => {
      const names = (await state('erp/customer')).body.items.map((c) => c.companyName);
      expect(names.sort()).toEqual(['FABRIKAM LOGISTICS, INC.', 'Litware Bank Aktiengesellschaft']);
      const crmNames = (await state('crm/Account')).body.items.map((a) => a.Name);
      expect(crmNames).toEqual(expect.arrayContaining(['Fabrikam Logistics', 'Litware Bank AG']));
    });

    it('has an inactive worker, inactive as an ERP employee too', async () => {
      const report = await call<{ Report_Entry: { Employee_ID: string; Active: string }[] }>(
        sandbox.url,
        '/hcm/ccx/service/customreport2/northwind/Worker_Cost_Rates?format=json',
        'hcm',
      );
      const inactive = new Set(
        report.body.Report_Entry.filter((row) => row.Active === '0').map((row) => row.Employee_ID),
      );
      expect([...inactive]).toEqual(['E1024']);
      expect((await state('erp/employee?externalId=E1024')).body.items[0].isInactive).toBe(true);
    });

    it('has a rate card without an ANALYST line', async () => {
      const card = defaultScenario().rateCards.find((c) => c.code === 'RC-PUBSEC-USD')!;
      expect(card.lines.map((line) => line.role)).not.toContain('ANALYST');
      const opportunity = await call<Record<string, unknown>>(
        sandbox.url,
        '/crm/services/data/v60.0/sobjects/Opportunity/006NW000107',
        'crm',
      );
      expect(opportunity.body.Rate_Card__c).toBe('RC-PUBSEC-USD');
    });

    it('has a worker with no cost rate in October', async () => {
      const report = await call<{ Report_Entry: Record<string, string>[] }>(
        sandbox.url,
        '/hcm/ccx/service/customreport2/northwind/Worker_Cost_Rates?format=json',
        'hcm',
      );
      const coversOctober = (row: Record<string, string>) =>
        row.Effective_From <= '2026-10-31' && (row.Effective_To ?? '9999-12-31') >= '2026-10-01';
      const workers = new Set(report.body.Report_Entry.map((row) => row.Employee_ID));
      const uncovered = [...workers].filter(
        (id) =>
          !report.body.Report_Entry.some((row) => row.Employee_ID === id && coversOctober(row)),
      );
      expect(uncovered).toEqual(['E1010']);
    });

    it('has August and September closed, October open, for every legal entity', async () => {
      const periods = (await state('erp/accountingPeriod?limit=100')).body.items;
      const closed = periods.filter((p) => p.closed === true).map((p) => p.periodName);
      expect(new Set(closed)).toEqual(new Set(['Aug 2026', 'Sep 2026']));
      expect(closed).toHaveLength(6);
      expect(periods.filter((p) => p.periodName === 'Oct 2026' && p.closed === false)).toHaveLength(
        3,
      );
    });
  });
});
