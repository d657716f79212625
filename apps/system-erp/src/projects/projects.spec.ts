import { ErpTestBed } from '../testing/erp-test-bed';

describe('projects over the ERP', () => {
  let bed: ErpTestBed;
  const contoso = {
    name: 'Contoso — ERP selection & roadmap',
    customer: 'C-001NW000001',
    legalEntity: 'NWA-US',
    costCenter: 'US-STRAT',
    class: 'TIME_AND_MATERIALS',
    startDate: '2026-10-05',
    endDate: '2027-03-31',
  };

  beforeAll(async () => {
    bed = await ErpTestBed.start();
    const customer = await bed.put('/customers/C-001NW000001', {
      name: 'Contoso Pharmaceuticals Inc.',
      legalEntity: 'NWA-US',
    });
    expect(customer.status).toBe(200);
  });

  afterAll(() => bed?.close());

  it('creates the job once, with its dimensions, however often it is sent', async () => {
    const first = await bed.put('/projects/P-006NW000101', contoso);
    const second = await bed.put('/projects/P-006NW000101', contoso);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      id: 'P-006NW000101',
      erpId: expect.any(String),
      name: 'Contoso — ERP selection & roadmap',
      customer: 'C-001NW000001',
      legalEntity: 'NWA-US',
      costCenter: 'US-STRAT',
      class: 'TIME_AND_MATERIALS',
      currency: 'USD',
      startDate: '2026-10-05',
      endDate: '2027-03-31',
      status: 'PROVISIONAL',
    });
    expect(second.body.erpId).toBe(first.body.erpId);
    expect(await bed.erpRecords('job', { externalId: 'P-006NW000101' })).toHaveLength(1);
  });

  it('activates the project once', async () => {
    const activated = await bed.post('/projects/P-006NW000101/activation');
    expect(activated.status).toBe(200);
    expect(activated.body.status).toBe('ACTIVE');
    const again = await bed.post('/projects/P-006NW000101/activation');
    expect(again.body.status).toBe('ACTIVE');
    expect((await bed.get('/projects/P-006NW000101')).body.status).toBe('ACTIVE');
    const [job] = await bed.erpRecords('job', { externalId: 'P-006NW000101' });
    expect(job.entityStatus).toMatchObject({ refName: 'In Progress' });
  });

  it('applies a change order to the one job without deactivating it', async () => {
    const changed = await bed.put('/projects/P-006NW000101', { ...contoso, endDate: '2027-06-30' });
    expect(changed.body).toMatchObject({ endDate: '2027-06-30', status: 'ACTIVE' });
    expect(await bed.erpRecords('job', { externalId: 'P-006NW000101' })).toHaveLength(1);
  });

  it('closes a project when told to', async () => {
    await bed.put('/projects/P-CLOSE', contoso);
    const closed = await bed.put('/projects/P-CLOSE', { ...contoso, status: 'CLOSED' });
    expect(closed.body.status).toBe('CLOSED');
  });

  it('surfaces the ERP’s refusal of a cost centre it lacks as VENDOR_REJECTED, writing nothing', async () => {
    const answer = await bed.put('/projects/P-006NW000106', {
      ...contoso,
      legalEntity: 'NWA-DE',
      costCenter: 'DE-DATA',
    });
    expect(answer.status).toBe(422);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({
      code: 'VENDOR_REJECTED',
      vendor: 'erp',
      vendorCode: 'INVALID_KEY_OR_REF',
    });
    expect(answer.body.vendorMessage).toMatch(/DE-DATA.*department/);
    expect(answer.body.detail).toContain(answer.body.vendorMessage);
    expect(await bed.erpRecords('job', { externalId: 'P-006NW000106' })).toHaveLength(0);
  });

  it('surfaces an inactive class as VENDOR_REJECTED with the ERP’s message', async () => {
    const [retainer] = await bed.erpRecords('classification', { externalId: 'RETAINER' });
    await bed.admin('PATCH', `/__sandbox/state/erp/classification/${retainer.id}`, {
      isInactive: true,
    });
    const answer = await bed.put('/projects/P-RETAINER', { ...contoso, class: 'RETAINER' });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      code: 'VENDOR_REJECTED',
      vendorCode: 'INACTIVE_REFERENCE',
    });
    expect(answer.body.vendorMessage).toContain('inactive');
  });

  it('needs the customer’s ERP record first', async () => {
    const answer = await bed.put('/projects/P-ORPHAN', { ...contoso, customer: 'C-UNKNOWN' });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('CUSTOMER_NOT_IN_ERP');
  });

  it('answers NOT_FOUND for a project the ERP does not hold', async () => {
    expect((await bed.get('/projects/P-NOWHERE')).status).toBe(404);
    expect((await bed.post('/projects/P-NOWHERE/activation')).status).toBe(404);
  });

  it('refuses an ON_HOLD status the ERP cannot hold, and a bad date', async () => {
    expect((await bed.put('/projects/P-X', { ...contoso, status: 'ON_HOLD' })).status).toBe(400);
    expect((await bed.put('/projects/P-X', { ...contoso, startDate: '2026-02-30' })).status).toBe(
      400,
    );
  });
});
