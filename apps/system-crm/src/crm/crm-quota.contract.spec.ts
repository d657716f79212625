import request from 'supertest';
import { OpportunityDto } from '@p2c/canonical';
import { TestDatabase, createTestDatabase, waitFor } from '@p2c/testing';
import { RunningSandbox, startSandbox } from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import { CrmTestApp, startCrmTestApp } from '../testing/crm-test-app';

const LIMITS = '/__sandbox/state/crm/limits/DailyApiRequests';
const CHANGES = '/opportunities/closed-won/changes';

describe('system-crm within the CRM\u2019s daily API quota', () => {
  let sandbox: RunningSandbox;
  let database: TestDatabase;
  let crm: CrmTestApp;

  /** The sandbox CRM's allowance: `max` a day, `used` of it gone. */
  const setAllowance = (max: number, used: number) =>
    request(sandbox.url)
      .patch(LIMITS)
      .send({ Max: max, Remaining: max - used })
      .expect(200);
  const used = async () => {
    const limit = (await request(sandbox.url).get(LIMITS)).body;
    return Number(limit.Max) - Number(limit.Remaining);
  };

  beforeAll(async () => {
    [sandbox, database] = await Promise.all([startSandbox(), createTestDatabase()]);
  });

  /** system-crm slowing down from 80 % of the allowance, stopping at 90 %, probing every 300 ms */
  const start = async (maxSpacingMs = 100) => {
    crm = await startCrmTestApp(sandbox.url, database.url, {
      CRM_QUOTA_SLOWDOWN_AT: '0.8',
      CRM_QUOTA_STOP_AT: '0.9',
      CRM_QUOTA_MAX_SPACING_MS: String(maxSpacingMs),
      CRM_QUOTA_PROBE_INTERVAL_MS: '300',
    });
  };

  beforeEach(async () => {
    await setAllowance(100, 0);
  });

  afterEach(async () => {
    await crm?.close();
  });

  afterAll(async () => {
    await sandbox?.close();
    await database?.drop();
  });

  it('spaces its calls out as usage nears the stop share', async () => {
    /** ms from the start of the first to the end of the last of `n` calls one after another */
    const span = async (n: number) => {
      const started = performance.now();
      for (let i = 0; i < n; i++)
        expect((await crm.get('/customers/crm/001NW000001')).status).toBe(200);
      return performance.now() - started;
    };
    await start(1000);
    await span(1); // warm-up
    const fast = await span(4);

    await setAllowance(100, 84);
    await span(1); // the answer tells the client usage is 85 of 100
    const slow = await span(4);
    // usage 85, 86, 87 when calls 2-4 are admitted: 500 + 600 + 700 ms between their starts
    expect(slow).toBeGreaterThan(1800);
    expect(fast).toBeLessThan(slow / 2);
    expect(await used()).toBe(89);
  });

  it('stops at the stop share with RATE_LIMITED, and after the quota renews reads on from its checkpoint', async () => {
    await start();
    await setAllowance(100, 86);
    const seen: OpportunityDto[] = [];
    for (let page = 0; page < 2; page++) {
      const read = await crm.get(`${CHANGES}?consumer=sync&limit=3`);
      expect(read.status).toBe(200);
      seen.push(...read.body.items);
      await crm.put('/checkpoints/closed-won-opportunities/sync', { cursor: read.body.nextCursor });
    }
    expect(await used()).toBe(90); // two pages of one query and one /composite each

    const stopped = await crm.get(`${CHANGES}?consumer=sync&limit=3`);
    expect(stopped.status).toBe(429);
    expect(stopped.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stopped.headers['retry-after']).toBe('1');
    expect(stopped.body).toMatchObject({ code: 'RATE_LIMITED', vendor: 'crm' });
    expect(stopped.body.detail).toMatch(/daily API allowance/);
    // stopped before the CRM: no call past the stop share, so no 403 from the CRM
    expect(await used()).toBe(90);

    sandbox.worlds.current.crm.clock.advanceDays(1); // the sandbox renews the allowance daily
    const resumed = await waitFor(
      async () => {
        const read = await crm.get(`${CHANGES}?consumer=sync&limit=3`);
        return read.status === 200 && read;
      },
      { timeoutMs: 5000, intervalMs: 100, what: 'the quota to renew' },
    );
    seen.push(...resumed.body.items);
    expect(resumed.body.hasMore).toBe(false);
    expect(seen.map((deal) => deal.crmId).sort()).toEqual([
      '006NW000101',
      '006NW000102',
      '006NW000103',
      '006NW000104',
      '006NW000105',
      '006NW000106',
      '006NW000107',
    ]);
  });

  it('answers RATE_LIMITED when the CRM itself refuses for its daily limit', async () => {
    await start();
    await setAllowance(100, 100);
    const refused = await crm.get('/customers/crm/001NW000001');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});
