import request from 'supertest';
import { waitFor } from '@p2c/testing';
import { call } from '@p2c/vendor-sandbox/testing/vendor-http';
import { ErpTestBed } from '../testing/erp-test-bed';

/** Requests the ERP answered with this status, as the app's own metrics count them. */
async function erpAnswers(bed: ErpTestBed, status: number): Promise<number> {
  const metrics = await request(bed.app.getHttpServer()).get('/metrics');
  return metrics.text
    .split('\n')
    .filter(
      (line) =>
        line.startsWith('vendor_http_request_duration_seconds_count') &&
        line.includes('vendor="erp"') &&
        line.includes(`status="${status}"`),
    )
    .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
}

describe('the ERP system API under ERP faults', () => {
  let bed: ErpTestBed;
  const posting = (n: number) => ({
    project: 'P-FAULTS',
    worker: 'E1003',
    workDate: '2026-11-03',
    hours: '2',
    billable: true,
    billRate: { amount: '245.00', currency: 'USD' },
    memo: `entry ${n}`,
  });

  beforeAll(async () => {
    bed = await ErpTestBed.start(
      {
        ERP_MAX_RETRIES: '6',
        ERP_TIMEOUT_MS: '400',
        VENDOR_BREAKER_THRESHOLD: '10',
        VENDOR_BREAKER_HALF_OPEN_AFTER_MS: '500',
      },
      { SANDBOX_TIMEOUT_HOLD_MS: '2000' },
    );
    await bed.put('/customers/C-FAULTS', { name: 'Faults Inc.', legalEntity: 'NWA-US' });
    await bed.put('/projects/P-FAULTS', {
      name: 'Faults',
      customer: 'C-FAULTS',
      legalEntity: 'NWA-US',
      costCenter: 'US-TECH',
      startDate: '2026-10-01',
    });
    expect((await bed.post('/projects/P-FAULTS/activation')).status).toBe(200);
  });

  afterEach(() => bed.faults({}));

  afterAll(() => bed?.close());

  describe('each ERP error shape becomes problem+json with its reason code', () => {
    it('a business rejection (400) → 422 with the ERP’s message, a closed period as PERIOD_CLOSED', async () => {
      const answer = await bed.put('/time-postings/fault-closed', {
        ...posting(0),
        workDate: '2026-08-14',
      });
      expect(answer.status).toBe(422);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({
        code: 'PERIOD_CLOSED',
        vendorStatus: 400,
        vendorCode: 'PERIOD_CLOSED',
        correlationId: expect.any(String),
      });
      expect(answer.body.vendorMessage).toContain('Aug 2026');
    });

    it('a missing record (404) → 404 NOT_FOUND', async () => {
      const answer = await bed.get('/time-postings/fault-nothing');
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('NOT_FOUND');
    });

    it('the ERP’s 429, retried until it gives up → 429 RATE_LIMITED with Retry-After', async () => {
      await bed.faults({ rateLimit: { perSecond: 0 } });
      const answer = await bed.get('/projects/P-FAULTS');
      expect(answer.status).toBe(429);
      expect(answer.body.code).toBe('RATE_LIMITED');
      expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('5xx on every attempt → 503 VENDOR_UNAVAILABLE', async () => {
      await bed.faults({ errorRate: 1 });
      const answer = await bed.get('/projects/P-FAULTS');
      expect(answer.status).toBe(503);
      expect(answer.body.code).toBe('VENDOR_UNAVAILABLE');
      expect(answer.headers['retry-after']).toBeDefined();
      await bed.faults({});
      expect((await bed.get('/projects/P-FAULTS')).status).toBe(200);
    });

    it('the ERP refusing our credentials (401) → 503 VENDOR_UNAVAILABLE for an operator', async () => {
      const misconfigured = await bed.anotherApp({ ERP_TOKEN: 'not-the-erp-token' });
      try {
        const answer = await request(misconfigured.getHttpServer())
          .get('/projects/P-FAULTS')
          .set('authorization', `Bearer ${bed.token}`);
        expect(answer.status).toBe(503);
        expect(answer.body).toMatchObject({ code: 'VENDOR_UNAVAILABLE', vendorStatus: 401 });
        expect(answer.body.detail).toContain('ERP_TOKEN');
      } finally {
        await misconfigured.close();
      }
    });
  });

  it('with 30% of ERP answers 5xx, every call still succeeds and each posting lands once', async () => {
    await bed.faults({ errorRate: 0.3 });
    const postings = await Promise.all(
      Array.from({ length: 20 }, (_, n) => bed.put(`/time-postings/flaky-${n}`, posting(n))),
    );
    expect(postings.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    const reads = await Promise.all([
      ...Array.from({ length: 10 }, (_, n) => bed.get(`/time-postings/flaky-${n}`)),
      bed.get('/projects/P-FAULTS/time-postings').query({ limit: 50 }),
      bed.get('/customers/matches').query({ name: 'Fabrikam Logistics' }),
      bed.post('/dimensions/validate', {
        legalEntity: 'NWA-US',
        costCenter: 'US-TECH',
        currency: 'USD',
      }),
    ]);
    expect(reads.map((answer) => answer.status)).toEqual(Array(13).fill(200));
    expect(
      (await erpAnswers(bed, 500)) + (await erpAnswers(bed, 502)) + (await erpAnswers(bed, 503)),
    ).toBeGreaterThan(0);
    await bed.faults({});
    const bills = await bed.erpRecords('timeBill');
    for (let n = 0; n < 20; n += 1)
      expect(bills.filter((bill) => bill.externalId === `flaky-${n}`)).toHaveLength(1);
  });

  it('with ERP requests timing out, postings are retried and land once', async () => {
    await bed.faults({ timeoutRate: 0.25 });
    const postings = await Promise.all(
      Array.from({ length: 10 }, (_, n) => bed.put(`/time-postings/slow-${n}`, posting(n))),
    );
    expect(postings.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    await bed.faults({});
    const bills = await bed.erpRecords('timeBill');
    for (let n = 0; n < 10; n += 1)
      expect(bills.filter((bill) => bill.externalId === `slow-${n}`)).toHaveLength(1);
  });

  it('keeps under the ERP’s concurrency limit of 10: 50 parallel postings, no 429 anywhere', async () => {
    await bed.faults({ latencyMs: 40, rateLimit: { concurrency: 10 } });
    // the limit is real: 30 requests at once straight at the ERP are partly refused
    const direct = await Promise.all(
      Array.from({ length: 30 }, () =>
        call(bed.sandbox.url, '/erp/services/rest/record/v1/subsidiary/1', 'erp'),
      ),
    );
    expect(direct.filter((answer) => answer.status === 429).length).toBeGreaterThan(0);

    const before = await erpAnswers(bed, 429);
    const postings = await Promise.all(
      Array.from({ length: 50 }, (_, n) => bed.put(`/time-postings/burst-${n}`, posting(n))),
    );
    expect(postings.map((answer) => answer.status)).toEqual(Array(50).fill(200));
    expect(await erpAnswers(bed, 429)).toBe(before);
    const bills = await bed.erpRecords('timeBill');
    expect(bills.filter((bill) => String(bill.externalId).startsWith('burst-'))).toHaveLength(50);
  });

  it('when the ERP is down, opens the circuit, fails fast and says so on /health/ready', async () => {
    await bed.faults({ errorRate: 1 });
    // enough consecutive failures (retries included) to open the circuit
    for (let n = 0; n < 2; n += 1) expect((await bed.get('/projects/P-FAULTS')).status).toBe(503);
    await bed.faults({ errorRate: 1, latencyMs: 1000 });

    const started = Date.now();
    const fast = await bed.get('/projects/P-FAULTS');
    expect(fast.status).toBe(503);
    expect(fast.body.code).toBe('VENDOR_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(800);

    const ready = await request(bed.app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(JSON.stringify(ready.body)).toContain('vendor-erp');
    expect(ready.body.detail).toContain('vendor-erp');

    await bed.faults({});
    await waitFor(async () => (await bed.get('/projects/P-FAULTS')).status === 200, {
      timeoutMs: 5000,
      intervalMs: 100,
      what: 'the circuit to close again',
    });
    expect((await request(bed.app.getHttpServer()).get('/health/ready')).status).toBe(200);
  });
});
