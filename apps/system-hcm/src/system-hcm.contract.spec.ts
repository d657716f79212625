import { ConfigService } from '@nestjs/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createHttpApp } from '@p2c/platform';
import { Role, readSecurityConfig, signAccessToken } from '@p2c/security';
import { TestDatabase, createTestDatabase, testRedisPrefix, waitFor } from '@p2c/testing';
import {
  RunningSandbox,
  quietNorthwind,
  startSandbox,
} from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import { SystemHcmModule } from './system-hcm.module';

const NORTHWIND_WORKERS = 24;

interface HcmFaults {
  errorRate?: number;
  rateLimit?: { perSecond?: number; concurrency?: number };
}

describe('system-hcm against the sandbox HCM', () => {
  let sandbox: RunningSandbox;
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let token: string;

  async function startSystemHcm(env: Record<string, string> = {}): Promise<NestFastifyApplication> {
    const nest = await createHttpApp(
      SystemHcmModule.with({
        env: {
          DATABASE_URL: database.url,
          REDIS_PREFIX: testRedisPrefix(),
          LOG_LEVEL: 'silent',
          HCM_BASE_URL: `${sandbox.url}/hcm`,
          HCM_PAGE_SIZE: '10',
          HCM_CACHE_TTL_MS: '600000',
          HCM_RATE_PER_SECOND: '0',
          HCM_MAX_RETRIES: '10',
          VENDOR_RETRY_BASE_DELAY_MS: '2',
          VENDOR_RETRY_MAX_DELAY_MS: '10',
          VENDOR_BREAKER_THRESHOLD: '15',
          VENDOR_BREAKER_HALF_OPEN_AFTER_MS: '1500',
          ...env,
        },
      }),
      'system-hcm',
    );
    await nest.init();
    await nest.getHttpAdapter().getInstance().ready();
    return nest;
  }

  function serviceToken(nest: NestFastifyApplication, roles = [Role.Service]): string {
    const config = readSecurityConfig(nest.get(ConfigService));
    return signAccessToken(config, { subject: 'process-time', roles, ttlSeconds: 300 });
  }

  function get(path: string, headers: Record<string, string> = {}, nest = app) {
    return request(nest.getHttpServer())
      .get(path)
      .set({ authorization: `Bearer ${token}`, ...headers });
  }

  const fresh = { 'cache-control': 'no-cache' };

  async function setFaults(faults: HcmFaults): Promise<void> {
    const response = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ system: 'hcm', ...faults }),
    });
    expect(response.ok).toBe(true);
  }

  /** Sums a vendor_http counter of the HCM client from the app's own /metrics. */
  async function hcmCounter(metric: string, outcome?: string): Promise<number> {
    const text = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
    return text
      .split('\n')
      .filter((line) => line.startsWith(`${metric}{`) && line.includes('vendor="hcm"'))
      .filter((line) => outcome === undefined || line.includes(`outcome="${outcome}"`))
      .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
  }
  const hcmCalls = () => hcmCounter('vendor_http_requests_total');

  beforeAll(async () => {
    sandbox = await startSandbox();
    database = await createTestDatabase();
    app = await startSystemHcm();
    token = serviceToken(app);
  });

  beforeEach(() => sandbox.worlds.reset(quietNorthwind()));

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await sandbox?.close();
  });

  describe('workers', () => {
    it('reads every worker across several HCM pages, each once, ordered by id', async () => {
      const before = await hcmCalls();
      const { body } = await get('/workers?limit=100', fresh).expect(200);
      const ids: string[] = body.items.map((worker: { id: string }) => worker.id);
      expect(ids).toHaveLength(NORTHWIND_WORKERS);
      expect(new Set(ids).size).toBe(NORTHWIND_WORKERS);
      expect(ids).toEqual([...ids].sort());
      expect(body.nextCursor).toBeUndefined();
      // 24 workers at 10 a page: three staffing pages, plus the cost-rate report
      expect((await hcmCalls()) - before).toBe(4);
    });

    it('pages callers through every worker with an opaque cursor', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const query = cursor ? `?limit=10&cursor=${encodeURIComponent(cursor)}` : '?limit=10';
        const { body } = await get(`/workers${query}`).expect(200);
        seen.push(...body.items.map((worker: { id: string }) => worker.id));
        cursor = body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(NORTHWIND_WORKERS);
      expect(new Set(seen).size).toBe(NORTHWIND_WORKERS);
    });

    it('answers a worker in the canonical model with every effective-dated cost rate', async () => {
      const { body } = await get('/workers/E1001').expect(200);
      expect(body).toEqual({
        id: 'E1001',
        name: 'Ava Okafor',
        role: 'PARTNER',
        legalEntity: 'NWA-US',
        costCenter: 'US-STRAT',
        active: true,
        costRates: [
          {
            rate: { amount: '190.00', currency: 'USD' },
            effectiveFrom: '2026-01-01',
            effectiveTo: '2026-09-30',
          },
          { rate: { amount: '196.00', currency: 'USD' }, effectiveFrom: '2026-10-01' },
        ],
      });
    });

    it('shows the inactive worker E1024 as inactive', async () => {
      const { body } = await get('/workers/E1024').expect(200);
      expect(body).toMatchObject({ id: 'E1024', active: false, costCenter: 'DE-DATA' });
      const rate = await get('/workers/E1024/cost-rate?date=2026-10-15').expect(200);
      expect(rate.body).toEqual({
        worker: 'E1024',
        date: '2026-10-15',
        active: false,
        costRate: { rate: { amount: '46.00', currency: 'EUR' }, effectiveFrom: '2026-10-01' },
      });
    });

    it('answers 404 NOT_FOUND for a worker the HCM does not have', async () => {
      const res = await get('/workers/E9999/cost-rate?date=2026-10-15').expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND', worker: 'E9999' });
      expect(res.body.detail).toContain('E9999');
    });
  });

  describe('cost rate on a work date', () => {
    it('answers E1010, who has no October cost rate, without a rate in October', async () => {
      const october = await get('/workers/E1010/cost-rate?date=2026-10-31').expect(200);
      expect(october.body).toEqual({ worker: 'E1010', date: '2026-10-31', active: true });
      const november = await get('/workers/E1010/cost-rate?date=2026-11-01').expect(200);
      expect(november.body.costRate).toEqual({
        rate: { amount: '60.00', currency: 'GBP' },
        effectiveFrom: '2026-11-01',
      });
    });

    it('prices each side of a rate change at its own rate', async () => {
      const before = await get('/workers/E1001/cost-rate?date=2026-09-30').expect(200);
      const after = await get('/workers/E1001/cost-rate?date=2026-10-01').expect(200);
      expect(before.body.costRate.rate).toEqual({ amount: '190.00', currency: 'USD' });
      expect(after.body.costRate.rate).toEqual({ amount: '196.00', currency: 'USD' });
    });

    it('refuses a date that is not a calendar date', async () => {
      for (const date of ['2026-02-30', '2026-13-01', '15.10.2026', '']) {
        const res = await get(`/workers/E1001/cost-rate?date=${date}`).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
      await get('/workers/E1001/cost-rate').expect(400);
    });
  });

  describe('cache', () => {
    it('serves repeated reads from the cache without calling the HCM again', async () => {
      await get('/workers/E1001', fresh).expect(200);
      const before = await hcmCalls();
      await get('/workers/E1002').expect(200);
      await get('/workers/E1003/cost-rate?date=2026-10-15').expect(200);
      await get('/workers?limit=5').expect(200);
      expect((await hcmCalls()) - before).toBe(0);
    });

    it('reads the HCM again on Cache-Control: no-cache and sees a rate fixed there', async () => {
      await get('/workers/E1010', fresh).expect(200);
      const added = await fetch(`${sandbox.url}/__sandbox/state/hcm/costRates`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          Employee_ID: 'E1010',
          Cost_Rate: '58.50',
          Currency: 'GBP',
          Effective_From: '2026-10-01',
          Effective_To: '2026-10-31',
        }),
      });
      expect(added.ok).toBe(true);

      const cached = await get('/workers/E1010/cost-rate?date=2026-10-15').expect(200);
      expect(cached.body.costRate).toBeUndefined();
      const reread = await get('/workers/E1010/cost-rate?date=2026-10-15', fresh).expect(200);
      expect(reread.body.costRate.rate).toEqual({ amount: '58.50', currency: 'GBP' });
    });
  });

  describe('callers', () => {
    it('needs a service token', async () => {
      const anonymous = await request(app.getHttpServer()).get('/workers').expect(401);
      expect(anonymous.body.code).toBe('UNAUTHENTICATED');
      const delivery = serviceToken(app, [Role.Delivery]);
      await get('/workers', { authorization: `Bearer ${delivery}` }).expect(403);
    });

    it('refuses bad paging input', async () => {
      await get('/workers?limit=101').expect(400);
      await get('/workers?limit=0').expect(400);
      const res = await get('/workers?cursor=not-a-cursor!').expect(400);
      expect(res.body.code).toBe('BAD_REQUEST');
      await get('/workers?colour=blue').expect(400);
    });

    it('refuses an id that cannot be an employee id', async () => {
      const res = await get('/workers/E1001;drop').expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('vendor failures', () => {
    afterEach(() => setFaults({}));

    it('still answers every call with 30% of HCM calls failing with 5xx', async () => {
      await setFaults({ errorRate: 0.3 });
      const retriesBefore = await hcmCounter('vendor_http_retries_total');
      for (let i = 0; i < 15; i++) {
        const { body } = await get('/workers?limit=100', fresh).expect(200);
        expect(body.items).toHaveLength(NORTHWIND_WORKERS);
      }
      expect((await hcmCounter('vendor_http_retries_total')) - retriesBefore).toBeGreaterThan(0);
    });

    it('answers RATE_LIMITED with Retry-After when the HCM keeps answering 429', async () => {
      await setFaults({ rateLimit: { perSecond: 0 } });
      const res = await get('/workers', fresh).expect(429);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(res.body).toMatchObject({ code: 'RATE_LIMITED', vendor: 'hcm' });
    });

    it('maps the HCM refusing the gateway’s credentials to VENDOR_UNAVAILABLE', async () => {
      const misconfigured = await startSystemHcm({ HCM_TOKEN: 'revoked-token' });
      try {
        const res = await get('/workers', {}, misconfigured).expect(503);
        expect(res.body).toMatchObject({
          code: 'VENDOR_UNAVAILABLE',
          vendor: 'hcm',
          vendorStatus: 401,
        });
        expect(res.body.detail).toContain('HCM_TOKEN');
        expect(res.body.detail).not.toContain('invalid access token');
      } finally {
        await misconfigured.close();
      }
    });

    it('opens the circuit when the HCM is down, fails fast, says so on /health/ready and recovers', async () => {
      await setFaults({ errorRate: 1 });
      const down = await get('/workers', fresh).expect(503);
      expect(down.body).toMatchObject({ code: 'VENDOR_UNAVAILABLE', vendor: 'hcm' });

      const ready = await waitFor(async () => {
        const res = await request(app.getHttpServer()).get('/health/ready');
        return res.status === 503 ? res : undefined;
      });
      expect(ready.body.checks['vendor-hcm']).toMatchObject({ status: 'down', circuit: 'open' });

      // while the circuit is open a call fails at once: not one attempt reaches the HCM
      const attempts = () => hcmCounter('vendor_http_request_duration_seconds_count');
      const before = await attempts();
      const fast = await get('/workers', fresh).expect(503);
      expect(fast.body.code).toBe('VENDOR_UNAVAILABLE');
      expect(await attempts()).toBe(before);

      await setFaults({});
      await waitFor(async () => (await get('/workers', fresh)).status === 200, {
        what: 'the HCM circuit to close again',
      });
      await request(app.getHttpServer()).get('/health/ready').expect(200);
    });
  });
});
