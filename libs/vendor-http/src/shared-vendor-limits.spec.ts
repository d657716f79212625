import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import { register } from 'prom-client';
import { parseConfig } from '@p2c/platform';
import {
  TEST_REDIS_URL,
  TcpProxy,
  deleteKeysWithPrefix,
  testRedisPrefix,
  waitFor,
} from '@p2c/testing';
import { RunningSandbox, startSandbox } from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import { SharedVendorLimits } from './shared-vendor-limits';
import { FakeVendor } from './test/fake-vendor';
import { vendorHttpConfigShapeFor, vendorHttpSettings } from './vendor-http-config';
import { VendorHttpClient } from './vendor-http.client';
import { VendorHttpError, VendorHttpErrorKind } from './vendor-http.exception';
import { VendorLimitsRedis, connectVendorLimitsRedis } from './vendor-limits-redis';

const READ = { method: 'GET', path: '/record/v1/subsidiary' } as const;

interface Replica {
  erp: VendorHttpClient;
  limits: SharedVendorLimits;
  connections: VendorLimitsRedis;
}

/**
 * Replicas of one system-erp as the module builds them: each with its own Redis connections and
 * its own process-local state, all under one REDIS_PREFIX, in front of one real sandbox.
 */
describe('vendor limits shared by replicas through Redis (real Redis, real sandbox)', () => {
  let sandbox: RunningSandbox;
  let prefix: string;
  const replicas: Replica[] = [];
  const admin = new Redis(TEST_REDIS_URL);

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  beforeEach(async () => {
    prefix = testRedisPrefix();
    await faults({});
    await fetch(`${sandbox.url}/__sandbox/usage`, { method: 'DELETE' });
  });
  afterEach(async () => {
    for (const replica of replicas.splice(0)) {
      await replica.erp.close();
      replica.connections.redis.disconnect();
      replica.connections.subscriber.disconnect();
    }
    await deleteKeysWithPrefix(admin, prefix);
  });
  afterAll(async () => {
    await sandbox.close();
    admin.disconnect();
  });

  async function replica(env: Record<string, string>, redisUrl = TEST_REDIS_URL) {
    const config = parseConfig(vendorHttpConfigShapeFor(['erp']), {
      ERP_BASE_URL: `${sandbox.url}/erp/services/rest`,
      ERP_TOKEN: 'erp-dev-token',
      ERP_RATE_PER_SECOND: '0',
      VENDOR_RETRY_BASE_DELAY_MS: '5',
      VENDOR_RETRY_MAX_DELAY_MS: '50',
      ...env,
    });
    const settings = vendorHttpSettings('erp', config);
    const connections = await connectVendorLimitsRedis({
      redisUrl,
      prefix,
      replicas: config.VENDOR_REPLICAS,
      rateLimitedPauseMs: config.VENDOR_RATE_LIMITED_PAUSE_MS,
    });
    const limits = new SharedVendorLimits(settings, { ...connections.settings, ...connections });
    const built = { erp: new VendorHttpClient(settings, limits), limits, connections };
    replicas.push(built);
    return built;
  }

  async function faults(behaviour: Record<string, unknown>) {
    const response = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ system: 'erp', ...behaviour }),
    });
    expect(response.status).toBe(200);
  }

  async function erpUsage() {
    const usage = (await (await fetch(`${sandbox.url}/__sandbox/usage`)).json()) as {
      system: string;
      peakInFlight: number;
      admitted: number;
      refused: { rate: number; concurrency: number };
    }[];
    return usage.find((vendor) => vendor.system === 'erp')!;
  }

  async function failureOf(call: Promise<unknown>): Promise<VendorHttpError> {
    const outcome = await call.then(
      () => new Error('expected the vendor call to fail'),
      (error: unknown) => error,
    );
    if (outcome instanceof VendorHttpError) return outcome;
    throw outcome;
  }

  const metric = async (name: string) => (await register.getSingleMetric(name)!.get()).values;

  it('keeps three replicas together within the concurrency limit, each one alone could use it all', async () => {
    await faults({ latencyMs: 60 });
    const three = await Promise.all([1, 2, 3].map(() => replica({ ERP_MAX_CONCURRENCY: '4' })));
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => three[i % 3].erp.request(READ)),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const usage = await erpUsage();
    expect(usage.admitted).toBe(60);
    expect(usage.peakInFlight).toBeLessThanOrEqual(4);
    expect(usage.peakInFlight).toBeGreaterThanOrEqual(3);
    expect(await metric('vendor_http_slot_waits_total')).toContainEqual(
      expect.objectContaining({ labels: { vendor: 'erp', reason: 'busy' } }),
    );
    const waits = await metric('vendor_http_slot_wait_seconds');
    expect(waits).toContainEqual(
      expect.objectContaining({ metricName: 'vendor_http_slot_wait_seconds_count' }),
    );
  });

  it('keeps three replicas together within the rate limit, so the vendor never refuses one', async () => {
    await faults({ rateLimit: { perSecond: 10 } });
    const three = await Promise.all(
      [1, 2, 3].map(() => replica({ ERP_RATE_PER_SECOND: '10', ERP_RATE_BURST: '2' })),
    );
    const started = performance.now();
    await Promise.all(Array.from({ length: 24 }, (_, i) => three[i % 3].erp.request(READ)));
    const elapsed = performance.now() - started;
    // 2 at once, then one every 100 ms for all three together
    expect(elapsed).toBeGreaterThanOrEqual(2100);
    expect(elapsed).toBeLessThan(4000);
    expect(await erpUsage()).toMatchObject({ admitted: 24, refused: { rate: 0, concurrency: 0 } });
  });

  it('pauses every replica after a 429 one of them got', async () => {
    const [first, second] = await Promise.all([
      replica({ ERP_MAX_RETRIES: '0', VENDOR_RATE_LIMITED_PAUSE_MS: '1500' }),
      replica({ VENDOR_RATE_LIMITED_PAUSE_MS: '1500', VENDOR_RETRY_MAX_DELAY_MS: '5000' }),
    ]);
    await faults({ rateLimit: { perSecond: 0 } });
    expect((await failureOf(first.erp.request(READ))).kind).toBe(VendorHttpErrorKind.RATE_LIMITED);
    const refusedAt = performance.now();
    await faults({});
    await second.erp.request(READ);
    expect(performance.now() - refusedAt).toBeGreaterThanOrEqual(1400);
    expect(await erpUsage()).toMatchObject({ admitted: 1, refused: { rate: 1 } });
    expect(await metric('vendor_http_slot_waits_total')).toContainEqual(
      expect.objectContaining({ labels: { vendor: 'erp', reason: 'paused' } }),
    );
    expect(await metric('vendor_http_rate_limited_total')).toContainEqual(
      expect.objectContaining({ labels: { vendor: 'erp' } }),
    );
  });

  it("pauses every replica as long as a 429's Retry-After asks", async () => {
    const vendor = await FakeVendor.start();
    try {
      const env = {
        ERP_BASE_URL: `${vendor.origin}/erp/services/rest`,
        ERP_MAX_RETRIES: '0',
        VENDOR_RATE_LIMITED_PAUSE_MS: '0',
        VENDOR_RETRY_MAX_DELAY_MS: '5000',
      };
      const [first, second] = await Promise.all([replica(env), replica(env)]);
      vendor.script({ status: 429, headers: { 'retry-after': '1' } }, { status: 200, body: {} });
      expect((await failureOf(first.erp.request(READ))).retryAfterMs).toBe(1000);
      await second.erp.request(READ);
      expect(vendor.calls).toHaveLength(2);
      expect(vendor.calls[1].at - vendor.calls[0].at).toBeGreaterThanOrEqual(950);
    } finally {
      await vendor.close();
    }
  });

  it('opens the circuit for every replica when one trips it, and closes it for all after one good probe', async () => {
    const env = {
      ERP_MAX_RETRIES: '0',
      VENDOR_BREAKER_THRESHOLD: '3',
      VENDOR_BREAKER_HALF_OPEN_AFTER_MS: '600',
    };
    const [tripper, bystander] = await Promise.all([replica(env), replica(env)]);
    await faults({ errorRate: 1 });
    for (let i = 0; i < 3; i++) await failureOf(tripper.erp.request(READ));
    expect(await bystander.erp.circuitState()).toBe('open');
    const admittedWhenOpened = (await erpUsage()).admitted;

    const fast = await failureOf(bystander.erp.request(READ));
    expect(fast.message).toMatch(/circuit open/);
    expect(fast.mayHaveTakenEffect).toBe(false);
    expect((await erpUsage()).admitted).toBe(admittedWhenOpened);
    expect(await metric('vendor_http_circuit_state')).toContainEqual({
      labels: { vendor: 'erp' },
      value: 1,
    });

    await faults({});
    await sleep(650);
    await bystander.erp.request(READ);
    expect(await tripper.erp.circuitState()).toBe('closed');
    await tripper.erp.request(READ);
    expect((await erpUsage()).admitted).toBe(admittedWhenOpened + 2);
  });

  it('gives a slot held by a replica killed mid-call back after its lease', async () => {
    const env = { ERP_MAX_CONCURRENCY: '1', ERP_TIMEOUT_MS: '1500' };
    const survivor = await replica(env);
    await faults({ latencyMs: 1000 });
    const holder = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(__dirname, 'test/slot-holder.ts')],
      {
        cwd: join(__dirname, '../../..'),
        env: {
          ...process.env,
          ...env,
          ERP_BASE_URL: `${sandbox.url}/erp/services/rest`,
          ERP_TOKEN: 'erp-dev-token',
          REDIS_URL: TEST_REDIS_URL,
          REDIS_PREFIX: prefix,
          LOG_LEVEL: 'silent',
        },
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    try {
      await waitFor(async () => (await erpUsage()).admitted === 1, {
        timeoutMs: 30_000,
        intervalMs: 10,
        what: 'the holder on the wire',
      });
      const heldSince = performance.now();
      holder.kill('SIGKILL');
      await exited;
      await faults({});
      const answer = await survivor.erp.request(READ);
      const waited = performance.now() - heldSince;
      expect(answer.status).toBe(200);
      // lease = the call's own timeout (1500 ms) + 1000 ms of grace from when it was taken
      expect(waited).toBeGreaterThanOrEqual(1500);
      expect(waited).toBeLessThan(3500);
      expect((await erpUsage()).admitted).toBe(2);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('keeps to its share of the limits while Redis is unreachable, and shares them again when it is back', async () => {
    const proxy = await new TcpProxy('127.0.0.1', Number(new URL(TEST_REDIS_URL).port)).start();
    try {
      const alone = await replica(
        { ERP_MAX_CONCURRENCY: '4', VENDOR_REPLICAS: '2' },
        `redis://127.0.0.1:${proxy.port}`,
      );
      await faults({ latencyMs: 50 });
      await proxy.cut();
      const answers = await Promise.all(Array.from({ length: 12 }, () => alone.erp.request(READ)));
      expect(answers.every((answer) => answer.status === 200)).toBe(true);
      // 4 slots shared by 2 replicas: this one keeps to 2 while it cannot see the other
      expect((await erpUsage()).peakInFlight).toBe(2);
      expect(await metric('vendor_http_limits_shared')).toContainEqual({
        labels: { vendor: 'erp' },
        value: 0,
      });

      await proxy.restore();
      await waitFor(async () => alone.connections.redis.status === 'ready', {
        timeoutMs: 10_000,
        what: 'the limits connection back',
      });
      await waitFor(
        async () =>
          (await metric('vendor_http_limits_shared')).some(
            (value) => value.labels.vendor === 'erp' && value.value === 1,
          ),
        { timeoutMs: 5000, what: 'the shared limits back' },
      );
      await fetch(`${sandbox.url}/__sandbox/usage`, { method: 'DELETE' });
      await Promise.all(Array.from({ length: 12 }, () => alone.erp.request(READ)));
      expect((await erpUsage()).peakInFlight).toBe(4);
      // every slot given back
      expect(await admin.exists(`${prefix}:vendor-limits:{erp}:leases`)).toBe(0);
    } finally {
      await proxy.stop();
    }
  });
});
