import { RunningSandbox, startSandbox } from '../testing/sandbox-test-app';
import { CallOptions, call } from '../testing/vendor-http';

type Body = Record<string, unknown>;

describe('/__sandbox/state/{system}/{collection}', () => {
  let sandbox: RunningSandbox;
  const state = <T = Body>(path: string, options?: CallOptions) =>
    call<T>(sandbox.url, `/__sandbox/state/${path}`, 'admin', options);

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.close());

  it('lists a collection with paging and field filters', async () => {
    const all = await state<{ total: number; items: Body[] }>('erp/subsidiary');
    expect(all.body.total).toBe(3);
    const page = await state<{ total: number; offset: number; limit: number; items: Body[] }>(
      'hcm/workers?limit=5&offset=20',
    );
    expect(page.body).toMatchObject({ total: 24, offset: 20, limit: 5 });
    expect(page.body.items).toHaveLength(4);
    const filtered = await state<{ items: Body[] }>('crm/Opportunity?StageName=Proposal');
    expect(filtered.body.items.map((o) => o.Id)).toEqual(['006NW000109']);
    expect((await state('erp/subsidiary?limit=0')).status).toBe(400);
  });

  it('adds a record with an id in the vendor\u2019s own format, which the vendor API then serves', async () => {
    const department = await state<Body>('erp/department', {
      body: { name: 'Data & Analytics DE', externalId: 'DE-DATA', subsidiary: { id: '3' } },
    });
    expect(department.status).toBe(201);
    expect(department.body.id).toMatch(/^\d+$/);
    const viaErp = await call<Body>(
      sandbox.url,
      `/erp/services/rest/record/v1/department/eid:DE-DATA`,
      'erp',
    );
    expect(viaErp.body).toMatchObject({ id: department.body.id, name: 'Data & Analytics DE' });

    const account = await state<Body>('crm/Account', { body: { Name: 'Typed in by hand' } });
    expect(account.body).toMatchObject({
      Id: expect.stringMatching(/^001SB\d{10}$/),
      CreatedDate: expect.stringMatching(/\+0000$/),
    });
    const again = await state('erp/department', { body: { id: department.body.id, name: 'x' } });
    expect(again.status).toBe(409);
  });

  it('changes a record as the vendor\u2019s screens would: the CRM moves LastModifiedDate and IsWon', async () => {
    const before = await state<Body>('crm/Opportunity/006NW000109');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const after = await state<Body>('crm/Opportunity/006NW000109', {
      method: 'PATCH',
      body: { StageName: 'Closed Won', Amount: 99000 },
    });
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ StageName: 'Closed Won', IsWon: true, Amount: 99000 });
    expect(String(after.body.LastModifiedDate) > String(before.body.LastModifiedDate)).toBe(true);
    expect(after.body.CreatedDate).toBe(before.body.CreatedDate);
  });

  it('removes a record', async () => {
    const created = await state<Body>('erp/classification', { body: { name: 'Temporary' } });
    const path = `erp/classification/${String(created.body.id)}`;
    expect((await state(path, { method: 'DELETE' })).status).toBe(204);
    expect((await state(path)).status).toBe(404);
  });

  it('answers unknown systems, collections and records with problem+json naming what exists', async () => {
    const system = await state('sap/customer');
    expect(system.status).toBe(404);
    expect(system.body).toMatchObject({ code: 'UNKNOWN_SYSTEM' });
    const collection = await state<{ code: string; collections: string[] }>('erp/widgets');
    expect(collection.body.code).toBe('UNKNOWN_COLLECTION');
    expect(collection.body.collections).toContain('timeBill');
    expect((await state('hcm/workers/nobody')).body).toMatchObject({ code: 'RECORD_NOT_FOUND' });
    const notObject = await state('erp/department', { body: ['x'] });
    expect(notObject.status).toBe(400);
    expect(notObject.body).toMatchObject({ code: 'INVALID_RECORD' });
  });
});
