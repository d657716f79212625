import { waitFor } from '@p2c/testing';
import { ErpTestBed } from '../testing/erp-test-bed';

describe('dimensions over the ERP', () => {
  let bed: ErpTestBed;

  // long enough that a test's second call is answered from the cache
  beforeAll(async () => {
    bed = await ErpTestBed.start({ ERP_REFERENCE_CACHE_TTL_MS: '2000' });
  });

  afterAll(() => bed?.close());

  it('lists the legal entities with their currency and tax rate', async () => {
    const answer = await bed.get('/dimensions/legal-entities');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([
      {
        code: 'NWA-US',
        name: 'Northwind Advisory Inc.',
        currency: 'USD',
        country: 'US',
        taxRate: '0.00',
        active: true,
      },
      {
        code: 'NWA-UK',
        name: 'Northwind Advisory Ltd',
        currency: 'GBP',
        country: 'GB',
        taxRate: '0.20',
        active: true,
      },
      {
        code: 'NWA-DE',
        name: 'Northwind Advisory GmbH',
        currency: 'EUR',
        country: 'DE',
        taxRate: '0.19',
        active: true,
      },
    ]);
  });

  it('lists cost centres, by legal entity, and classes', async () => {
    const german = await bed.get('/dimensions/cost-centers').query({ legalEntity: 'NWA-DE' });
    expect(german.body).toEqual([
      { code: 'DE-OPS', name: 'Operations DE', legalEntity: 'NWA-DE', active: true },
    ]);
    const all = await bed.get('/dimensions/cost-centers');
    expect(all.body.map((c: { code: string }) => c.code)).toEqual([
      'US-STRAT',
      'US-TECH',
      'UK-FIN',
      'UK-TECH',
      'DE-OPS',
    ]);
    const classes = await bed.get('/dimensions/classes');
    expect(classes.body.map((c: { code: string }) => c.code)).toEqual([
      'TIME_AND_MATERIALS',
      'FIXED_FEE',
      'MILESTONE',
      'RETAINER',
    ]);
  });

  it('lists accounting periods per legal entity with OPEN or CLOSED', async () => {
    const answer = await bed.get('/dimensions/accounting-periods').query({ legalEntity: 'NWA-UK' });
    expect(
      answer.body.map((p: { period: string; status: string }) => [p.period, p.status]),
    ).toEqual([
      ['2026-08', 'CLOSED'],
      ['2026-09', 'CLOSED'],
      ['2026-10', 'OPEN'],
      ['2026-11', 'OPEN'],
      ['2026-12', 'OPEN'],
    ]);
    const october = await bed.get('/dimensions/accounting-periods/NWA-UK/2026-10');
    expect(october.body).toEqual({
      legalEntity: 'NWA-UK',
      period: '2026-10',
      name: expect.any(String),
      startDate: '2026-10-01',
      endDate: '2026-10-31',
      status: 'OPEN',
    });
    const missing = await bed.get('/dimensions/accounting-periods/NWA-UK/2025-01');
    expect(missing.status).toBe(404);
    expect((await bed.get('/dimensions/accounting-periods/NWA-UK/2025-13')).status).toBe(400);
  });

  it('reads a period closed a moment ago when asked with Cache-Control: no-cache', async () => {
    const path = '/dimensions/accounting-periods/NWA-US/2026-10';
    expect((await bed.get(path)).body.status).toBe('OPEN');
    const closed = await bed.admin('POST', '/__sandbox/erp/periods/NWA-US/2026-10/close');
    expect(closed.status).toBe(200);
    expect((await bed.get(path)).body.status).toBe('OPEN'); // cached
    expect((await bed.get(path).set('cache-control', 'no-cache')).body.status).toBe('CLOSED');
  });

  it('passes dimensions the ERP can take', async () => {
    const answer = await bed.post('/dimensions/validate', {
      legalEntity: 'NWA-US',
      costCenter: 'US-STRAT',
      currency: 'USD',
      class: 'TIME_AND_MATERIALS',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ valid: true, problems: [] });
  });

  it('names DE-DATA, the cost centre the ERP does not have', async () => {
    const answer = await bed.post('/dimensions/validate', {
      legalEntity: 'NWA-DE',
      costCenter: 'DE-DATA',
      currency: 'EUR',
      class: 'TIME_AND_MATERIALS',
    });
    expect(answer.body.valid).toBe(false);
    expect(answer.body.problems).toEqual([
      {
        field: 'costCenter',
        code: 'UNKNOWN_COST_CENTER',
        message: expect.stringContaining('DE-DATA'),
      },
    ]);
  });

  it('reports every problem at once', async () => {
    const answer = await bed.post('/dimensions/validate', {
      legalEntity: 'NWA-DE',
      costCenter: 'US-TECH',
      currency: 'USD',
      class: 'BARTER',
    });
    expect(answer.body.problems.map((p: { code: string }) => p.code)).toEqual([
      'COST_CENTER_OF_OTHER_ENTITY',
      'CURRENCY_NOT_ENTITY_CURRENCY',
      'UNKNOWN_CLASS',
    ]);
    const unknown = await bed.post('/dimensions/validate', {
      legalEntity: 'NWA-FR',
      costCenter: 'FR-OPS',
      currency: 'CHF',
    });
    expect(unknown.body.problems.map((p: { code: string }) => p.code)).toEqual([
      'UNKNOWN_LEGAL_ENTITY',
      'UNKNOWN_COST_CENTER',
      'UNKNOWN_CURRENCY',
    ]);
  });

  it('sees a cost centre added to the ERP a moment ago, cache or not', async () => {
    const check = { legalEntity: 'NWA-DE', costCenter: 'DE-DATA', currency: 'EUR' };
    expect((await bed.post('/dimensions/validate', check)).body.valid).toBe(false);
    const [germany] = await bed.erpRecords('subsidiary', { externalId: 'NWA-DE' });
    await bed.addErpRecord('department', {
      name: 'Data & Analytics DE',
      externalId: 'DE-DATA',
      subsidiary: { id: germany.id },
      isInactive: false,
    });
    const answer = await bed.post('/dimensions/validate', check);
    expect(answer.body).toEqual({ valid: true, problems: [] });
  });

  it('reports a cost centre made inactive once the cached list expires', async () => {
    const [ops] = await bed.erpRecords('department', { externalId: 'UK-TECH' });
    await bed.admin('PATCH', `/__sandbox/state/erp/department/${ops.id}`, { isInactive: true });
    const problems = await waitFor(
      async () => {
        const answer = await bed.post('/dimensions/validate', {
          legalEntity: 'NWA-UK',
          costCenter: 'UK-TECH',
          currency: 'GBP',
        });
        return answer.body.problems.length > 0 && answer.body.problems;
      },
      { timeoutMs: 5000, intervalMs: 200, what: 'the inactive cost centre to be reported' },
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'INACTIVE_COST_CENTER',
        message: expect.stringContaining('UK-TECH'),
      }),
    ]);
  });

  it('refuses a malformed check', async () => {
    const answer = await bed.post('/dimensions/validate', {
      legalEntity: 'NWA-US',
      currency: 'usd',
    });
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
