import request from 'supertest';
import { ProblemException } from '@p2c/platform';
import { TestDatabase, createTestDatabase, waitFor } from '@p2c/testing';
import { RunningSandbox, startSandbox } from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import { CrmTestApp, startCrmTestApp } from '../testing/crm-test-app';
import { CrmClient } from './crm-client';

describe('system-crm when the CRM fails', () => {
  let sandbox: RunningSandbox;
  let database: TestDatabase;
  let crm: CrmTestApp | undefined;

  const faults = (settings: object) =>
    request(sandbox.url)
      .put('/__sandbox/faults')
      .send({ system: 'crm', ...settings })
      .expect(200);
  const start = async (env: Record<string, string> = {}) => {
    crm = await startCrmTestApp(sandbox.url, database.url, env);
    return crm;
  };

  beforeAll(async () => {
    [sandbox, database] = await Promise.all([startSandbox(), createTestDatabase()]);
  });

  afterEach(async () => {
    await faults({});
    await crm?.close();
    crm = undefined;
  });

  afterAll(async () => {
    await sandbox?.close();
    await database?.drop();
  });

  it('answers every call while 30 % of the CRM\u2019s answers are 5xx, through retries', async () => {
    const app = await start({ CRM_MAX_RETRIES: '8', VENDOR_BREAKER_THRESHOLD: '50' });
    await faults({ errorRate: 0.3 });
    const paths = [
      '/opportunities/closed-won/changes?limit=2',
      '/opportunities/crm/006NW000102',
      '/customers/changes?limit=3',
      '/customers/crm/001NW000005',
      '/contracts/changes',
      '/change-orders/changes',
    ];
    for (let round = 0; round < 5; round++)
      for (const path of paths) expect((await app.get(path)).status).toBe(200);
    const retries = (await request(app.app.getHttpServer()).get('/metrics')).text;
    expect(retries).toMatch(/vendor_http_retries_total\{[^}]*vendor="crm"[^}]*\} [1-9]/);
  });

  it('maps a refused session to VENDOR_UNAVAILABLE for an operator, with the CRM\u2019s own message', async () => {
    const app = await start({ CRM_TOKEN: 'expired-token' });
    const refused = await app.get('/customers/crm/001NW000001');
    expect(refused.status).toBe(503);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.body).toMatchObject({
      code: 'VENDOR_UNAVAILABLE',
      vendor: 'crm',
      vendorStatus: 401,
      vendorCode: 'INVALID_SESSION_ID',
      vendorMessage: 'INVALID_SESSION_ID: Session expired or invalid',
    });
    expect(refused.body.detail).toMatch(/renew CRM_TOKEN/);
  });

  it('maps the CRM\u2019s error array, alone or inside /composite, to VENDOR_REJECTED', async () => {
    const client = (await start()).app.get(CrmClient);
    const alone = await client.query('SELECT Nope FROM Opportunity').catch((e: unknown) => e);
    expect(alone).toBeInstanceOf(ProblemException);
    expect((alone as ProblemException).getStatus()).toBe(422);
    expect((alone as ProblemException).code).toBe('VENDOR_REJECTED');
    expect((alone as ProblemException).extensions).toMatchObject({
      vendorStatus: 400,
      vendorCode: 'INVALID_FIELD',
      vendorMessage: "INVALID_FIELD: No such column 'Nope' on entity 'Opportunity'.",
    });
    const batched = await client
      .queries(['SELECT Id FROM Account', 'SELECT Id FROM Nope__c'])
      .catch((e: unknown) => e);
    expect((batched as ProblemException).extensions).toMatchObject({
      vendorStatus: 400,
      vendorCode: 'INVALID_TYPE',
      vendorMessage: "INVALID_TYPE: sObject type 'Nope__c' is not supported.",
    });
  });

  it('answers RATE_LIMITED with Retry-After when the CRM answers 429', async () => {
    const app = await start({ CRM_MAX_RETRIES: '0' });
    await faults({ rateLimit: { perSecond: 0 } });
    const limited = await app.get('/customers/crm/001NW000001');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });

  it('opens the circuit when the CRM is down: calls fail fast with VENDOR_UNAVAILABLE and readiness names the CRM', async () => {
    const app = await start({
      CRM_MAX_RETRIES: '1',
      VENDOR_BREAKER_THRESHOLD: '3',
      VENDOR_BREAKER_HALF_OPEN_AFTER_MS: '60000',
    });
    const server = app.app.getHttpServer();
    expect((await request(server).get('/health/ready')).status).toBe(200);
    await faults({ errorRate: 1 });
    const down = await app.get('/customers/crm/001NW000001');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ code: 'VENDOR_UNAVAILABLE', vendor: 'crm' });
    await app.get('/customers/crm/001NW000001');

    const ready = await waitFor(
      async () => {
        const answer = await request(server).get('/health/ready');
        return answer.status === 503 && answer;
      },
      { what: 'readiness to report the CRM down' },
    );
    expect(JSON.stringify(ready.body)).toContain('vendor-crm');
    await faults({});
    const started = performance.now();
    const fast = await app.get('/customers/crm/001NW000001');
    expect(fast.body.code).toBe('VENDOR_UNAVAILABLE');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
