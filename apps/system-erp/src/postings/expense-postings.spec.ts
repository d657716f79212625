import { ErpTestBed } from '../testing/erp-test-bed';

describe('expense postings over the ERP', () => {
  let bed: ErpTestBed;
  const usProject = 'P-EXP-US';
  const posting = {
    project: usProject,
    worker: 'E1002',
    date: '2026-10-30',
    amount: { amount: '86.40', currency: 'USD' },
    billable: true,
    memo: 'Train to client site',
  };
  /** What the project's approved expense reports add up to, in minor units. */
  const approvedMinor = async () =>
    (await bed.erpRecords('expenseReport'))
      .filter((record) => (record.approvalStatus as { id: string }).id === '2')
      .reduce((sum, record) => sum + Math.round(Number(record.amount) * 100), 0);

  beforeAll(async () => {
    bed = await ErpTestBed.start();
    await bed.put('/customers/C-001NW000001', { name: 'Contoso', legalEntity: 'NWA-US' });
    const put = await bed.put(`/projects/${usProject}`, {
      name: usProject,
      customer: 'C-001NW000001',
      legalEntity: 'NWA-US',
      costCenter: 'US-STRAT',
      startDate: '2026-10-01',
    });
    expect(put.status).toBe(200);
    expect((await bed.post(`/projects/${usProject}/activation`)).status).toBe(200);
  });

  afterAll(() => bed?.close());

  it('posts the same posting once, however often it is sent', async () => {
    const first = await bed.put('/expense-postings/psa-exp-1', posting);
    const second = await bed.put('/expense-postings/psa-exp-1', posting);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      id: 'psa-exp-1',
      erpId: expect.any(String),
      project: usProject,
      worker: 'E1002',
      date: '2026-10-30',
      amount: { amount: '86.40', currency: 'USD' },
      billable: true,
      memo: 'Train to client site',
      status: 'POSTED',
    });
    expect(second.body.erpId).toBe(first.body.erpId);
    const reports = await bed.erpRecords('expenseReport', { externalId: 'psa-exp-1' });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ amount: 86.4, tranDate: '2026-10-30', isBillable: true });
  });

  it('reads a posting back as the ERP holds it, or NOT_FOUND', async () => {
    const read = await bed.get('/expense-postings/psa-exp-1');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: 'psa-exp-1',
      project: usProject,
      worker: 'E1002',
      amount: { amount: '86.40', currency: 'USD' },
      status: 'POSTED',
    });
    const missing = await bed.get('/expense-postings/psa-never-posted');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });

  it('reverses a posting: nets to zero, idempotently, and can be put back', async () => {
    expect(await approvedMinor()).toBe(8640);
    const reversed = await bed.post('/expense-postings/psa-exp-1/reversal');
    expect(reversed.status).toBe(200);
    expect(reversed.body).toMatchObject({ amount: { amount: '86.40' }, status: 'REVERSED' });
    expect((await bed.post('/expense-postings/psa-exp-1/reversal')).body.status).toBe('REVERSED');
    expect(await approvedMinor()).toBe(0);
    expect((await bed.put('/expense-postings/psa-exp-1', posting)).body.status).toBe('POSTED');
    expect(await approvedMinor()).toBe(8640);
    expect((await bed.post('/expense-postings/psa-never-posted/reversal')).status).toBe(404);
  });

  it('refuses an expense in a closed period, with the ERP’s message', async () => {
    const answer = await bed.put('/expense-postings/psa-exp-sept', {
      ...posting,
      date: '2026-09-30',
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      code: 'PERIOD_CLOSED',
      vendor: 'erp',
      vendorStatus: 400,
      vendorCode: 'PERIOD_CLOSED',
    });
    expect(answer.body.vendorMessage).toMatch(/period .* is closed/);
    expect(await bed.erpRecords('expenseReport', { externalId: 'psa-exp-sept' })).toHaveLength(0);
  });

  it.each([
    [{ worker: 'E9999' }, 422, 'WORKER_UNMAPPED'],
    [{ project: 'P-UNKNOWN' }, 422, 'PROJECT_NOT_IN_ERP'],
    [{ amount: { amount: '86.40', currency: 'EUR' } }, 422, 'CURRENCY_MISMATCH'],
    [{ amount: { amount: 86.4, currency: 'USD' } }, 400, 'VALIDATION_FAILED'],
    [{ date: '2026-02-30' }, 400, 'VALIDATION_FAILED'],
  ])('refuses %j before writing (%i %s)', async (change, status, code) => {
    const answer = await bed.put('/expense-postings/psa-exp-bad', { ...posting, ...change });
    expect(answer.status).toBe(status);
    expect(answer.body.code).toBe(code);
    expect(await bed.erpRecords('expenseReport', { externalId: 'psa-exp-bad' })).toHaveLength(0);
  });
});
