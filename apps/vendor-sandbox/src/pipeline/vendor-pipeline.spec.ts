import { VENDORS, Vendor } from '../scenario/scenario.types';
import { RunningSandbox, quietNorthwind, startSandbox } from '../testing/sandbox-test-app';
import { HttpAnswer, call } from '../testing/vendor-http';

/** A cheap read each vendor serves. */
const PROBE: Record<Vendor, string> = {
  crm: '/crm/services/data/v60.0/limits',
  psa: '/psa/api/v1/users.json?per_page=1',
  erp: '/erp/services/rest/record/v1/subsidiary?limit=1',
  hcm: '/hcm/ccx/api/staffing/v6/northwind/workers?limit=1',
};

/** Runs `total` calls through `workers` concurrent loops; returns each call's outcome. */
async function pool<T>(total: number, workers: number, run: () => Promise<T>): Promise<T[]> {
  const outcomes: T[] = [];
  let started = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (started < total) {
        started += 1;
        outcomes.push(await run());
      }
    }),
  );
  return outcomes;
}

describe('the vendor pipeline (auth, limits, faults)', () => {
  let sandbox: RunningSandbox;
  const faults = (settings: Record<string, unknown>) =>
    call(sandbox.url, '/__sandbox/faults', 'admin', { method: 'PUT', body: settings });
  const probe = (vendor: Vendor, signal?: AbortSignal) =>
    call(sandbox.url, PROBE[vendor], vendor, { signal });

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  beforeEach(() => call(sandbox.url, '/__sandbox/reset', 'admin', { body: quietNorthwind() }));
  afterAll(() => sandbox.close());

  it.each(VENDORS)('lets %s in with its own token', async (vendor) => {
    expect((await probe(vendor)).status).toBe(200);
  });

  it('answers a wrong or missing token with each vendor\u2019s own 401 body', async () => {
    const wrong = async (vendor: Vendor, token: string | null) =>
      (await call(sandbox.url, PROBE[vendor], vendor, { token })).body;
    expect(await wrong('crm', 'erp-dev-token')).toEqual([
      { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
    ]);
    expect(await wrong('psa', null)).toEqual({
      errors: [{ type: 'oauth', message: expect.any(String) }],
    });
    expect(await wrong('erp', 'nope')).toMatchObject({
      status: 401,
      'o:errorDetails': [{ 'o:errorCode': 'INVALID_LOGIN' }],
    });
    expect(await wrong('hcm', 'nope')).toEqual({
      error: 'invalid access token',
      errors: [{ error: 'invalid access token' }],
    });
    for (const vendor of VENDORS)
      expect((await call(sandbox.url, PROBE[vendor], vendor, { token: 'x' })).status).toBe(401);
  });

  it('answers about the set error rate with 5xx in the vendor\u2019s shape, over 1,000 calls', async () => {
    await faults({ system: 'hcm', errorRate: 0.2 });
    const answers = await pool(1000, 10, () => probe('hcm'));
    const failed = answers.filter((a) => a.status >= 500);
    // binomial(1000, 0.2): sd ≈ 12.6; ±4 sd
    expect(failed.length).toBeGreaterThan(150);
    expect(failed.length).toBeLessThan(250);
    expect(answers.filter((a) => a.status !== 200 && a.status < 500)).toHaveLength(0);
    expect(new Set(failed.map((a) => a.status))).toEqual(new Set([500, 502, 503]));
    for (const answer of failed)
      expect(answer.body).toEqual({
        error: expect.any(String),
        errors: [{ error: expect.any(String) }],
      });
  });

  it('holds about the set share of calls past the client\u2019s timeout, over 1,000 calls', async () => {
    await faults({ system: 'erp', timeoutRate: 0.1 });
    const outcomes = await pool(1000, 25, () =>
      probe('erp', AbortSignal.timeout(1000)).then(
        (answer) => answer.status,
        (error: Error) => error.name,
      ),
    );
    const timedOut = outcomes.filter((o) => o === 'TimeoutError').length;
    const answered = outcomes.filter((o) => o === 200).length;
    // binomial(1000, 0.1): sd ≈ 9.5; ±4 sd
    expect(timedOut).toBeGreaterThan(62);
    expect(timedOut).toBeLessThan(138);
    expect(answered + timedOut).toBe(1000);
  });

  it('adds the set latency to every answer', async () => {
    const timing = async () => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) times.push((await probe('crm')).ms);
      return times;
    };
    const baseline = Math.max(...(await timing()));
    await faults({ system: 'crm', latencyMs: 150 });
    const delayed = await timing();
    expect(Math.min(...delayed)).toBeGreaterThanOrEqual(148);
    expect(Math.min(...delayed)).toBeLessThan(150 + baseline + 200);
  });

  it('refuses calls over the per-second limit with the vendor\u2019s 429 and no Retry-After', async () => {
    await faults({ system: 'hcm', rateLimit: { perSecond: 5 } });
    const answers = await Promise.all(Array.from({ length: 20 }, () => probe('hcm')));
    const refused = answers.filter((a) => a.status === 429);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(5);
    expect(answers.filter((a) => a.status === 200).length).toBeLessThanOrEqual(6);
    expect(refused.length).toBe(20 - answers.filter((a) => a.status === 200).length);
    for (const answer of refused) {
      expect(answer.headers.get('retry-after')).toBeNull();
      expect(answer.body).toEqual({
        error: 'too many requests',
        errors: [{ error: 'too many requests' }],
      });
    }
  });

  it('fails exactly the calls over the ERP\u2019s concurrency limit, at once, with CONCURRENCY_LIMIT_EXCEEDED', async () => {
    const limit = 5;
    await faults({ system: 'erp', latencyMs: 300, rateLimit: { concurrency: limit } });
    const answers = await Promise.all(Array.from({ length: limit + 3 }, () => probe('erp')));
    const refused = answers.filter((a) => a.status === 429);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(limit);
    expect(refused).toHaveLength(3);
    for (const answer of refused) {
      expect(answer.ms).toBeLessThan(250);
      expect(answer.headers.get('retry-after')).toBeNull();
      expect(answer.body).toMatchObject({
        status: 429,
        'o:errorDetails': [{ 'o:errorCode': 'CONCURRENCY_LIMIT_EXCEEDED' }],
      });
    }
    // the slots come back once the calls are answered
    expect(
      (await Promise.all(Array.from({ length: limit }, () => probe('erp')))).map((a) => a.status),
    ).toEqual(Array(limit).fill(200));
  });

  it('answers paths no dialect serves with the vendor\u2019s own 404, not problem+json', async () => {
    const missing = (vendor: Vendor, path: string) => call(sandbox.url, path, vendor);
    expect((await missing('crm', '/crm/services/apexrest/x')).body).toEqual([
      { message: expect.any(String), errorCode: 'NOT_FOUND' },
    ]);
    expect((await missing('psa', '/psa/api/v2/users.json')).body).toEqual({
      errors: [{ type: 'system', message: expect.any(String) }],
    });
    const erp = await missing('erp', '/erp/services/rest/nothing');
    expect(erp.status).toBe(404);
    expect(erp.body).toMatchObject({ 'o:errorDetails': [{ 'o:errorCode': 'NONEXISTENT_ID' }] });
    expect((await missing('hcm', '/hcm/ccx/api/v1/nothing')).body).toEqual({
      error: 'Resource not found',
      errors: [{ error: 'Resource not found' }],
    });
    expect((await call(sandbox.url, '/erp/nothing', 'erp', { token: 'x' })).status).toBe(401);
  });

  it('keeps faults to their vendor and leaves the admin API alone', async () => {
    await faults({ system: 'erp', errorRate: 1 });
    expect((await probe('erp')).status).toBeGreaterThanOrEqual(500);
    expect((await probe('hcm')).status).toBe(200);
    expect((await call(sandbox.url, '/__sandbox/faults', 'admin')).status).toBe(200);
  });

  it('refuses impossible fault settings with problem+json and changes nothing', async () => {
    const answer = await faults({ system: 'erp', errorRate: 0.7, timeoutRate: 0.5 });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'INVALID_REQUEST' });
    const unknown = await faults({ system: 'sap', errorRate: 0.1, colour: 'red' });
    expect(unknown.status).toBe(400);
    expect((await probe('erp')).status).toBe(200);
  });
});

describe('a held call when the sandbox closes', () => {
  it('does not keep the server from closing', async () => {
    const sandbox = await startSandbox();
    await call(sandbox.url, '/__sandbox/faults', 'admin', {
      method: 'PUT',
      body: { system: 'hcm', timeoutRate: 1 },
    });
    const held = call(sandbox.url, PROBE.hcm, 'hcm').catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await sandbox.close();
    expect(performance.now() - started).toBeLessThan(5000);
    const outcome = await held;
    expect(outcome instanceof Error || (outcome as HttpAnswer).status === 504).toBe(true);
  });
});
