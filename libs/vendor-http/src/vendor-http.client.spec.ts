import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { register } from 'prom-client';
import { runWithCorrelationId } from '@p2c/observability';
import { parseConfig } from '@p2c/platform';
import { FakeVendor } from './test/fake-vendor';
import { vendorHttpConfigShapeFor, vendorHttpSettings } from './vendor-http-config';
import { VendorHttpClient } from './vendor-http.client';
import { VendorHttpError, VendorHttpErrorKind } from './vendor-http.exception';

const BASE_PATH = '/erp/services/rest';
const TOKEN = 'erp-secret-token-under-test';

describe('VendorHttpClient (real HTTP against a fake vendor)', () => {
  let vendor: FakeVendor;
  const clients: VendorHttpClient[] = [];

  beforeAll(async () => {
    vendor = await FakeVendor.start();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });
  afterAll(async () => {
    await vendor.close();
  });

  /** A client configured the way an app's config would, with short delays for tests. */
  function client(env: Record<string, string> = {}, baseUrl = vendor.origin + BASE_PATH) {
    const config = parseConfig(vendorHttpConfigShapeFor(['erp']), {
      ERP_BASE_URL: baseUrl,
      ERP_TOKEN: TOKEN,
      ERP_RATE_PER_SECOND: '0',
      VENDOR_RETRY_BASE_DELAY_MS: '5',
      VENDOR_RETRY_MAX_DELAY_MS: '50',
      ...env,
    });
    const built = new VendorHttpClient(vendorHttpSettings('erp', config));
    clients.push(built);
    return built;
  }

  async function failureOf(call: Promise<unknown>): Promise<VendorHttpError> {
    const outcome = await call.then(
      () => new Error('expected the vendor call to fail'),
      (error: unknown) => error,
    );
    if (outcome instanceof VendorHttpError) return outcome;
    throw outcome;
  }

  describe('requests', () => {
    it('sends the bearer token to the path under the base URL and parses the JSON answer', async () => {
      vendor.script({ status: 200, body: { id: '42', companyName: 'Northwind' } });
      const response = await client().request({
        method: 'GET',
        path: '/record/v1/customer/42',
        query: { expandSubResources: true, fields: ['id', 'companyName'], skipped: undefined },
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ id: '42', companyName: 'Northwind' });
      expect(response.headers['content-type']).toBe('application/json');
      expect(vendor.calls).toHaveLength(1);
      expect(vendor.calls[0].url).toBe(
        `${BASE_PATH}/record/v1/customer/42?expandSubResources=true&fields=id&fields=companyName`,
      );
      expect(vendor.calls[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(vendor.calls[0].headers.accept).toBe('application/json');
    });

    it('sends an object body as JSON with the caller’s headers, and leaves an empty answer empty', async () => {
      vendor.script({ status: 204, headers: { location: `${BASE_PATH}/record/v1/job/7` } });
      const response = await client().request({
        method: 'POST',
        path: 'query/v1/suiteql',
        headers: { Prefer: 'transient', Authorization: 'Bearer not-this-one' },
        body: { q: 'SELECT id FROM job' },
      });
      expect(response).toMatchObject({ status: 204, body: undefined });
      expect(response.headers.location).toBe(`${BASE_PATH}/record/v1/job/7`);
      const [call] = vendor.calls;
      expect(call.method).toBe('POST');
      expect(call.url).toBe(`${BASE_PATH}/query/v1/suiteql`);
      expect(call.headers['content-type']).toBe('application/json');
      expect(call.headers.prefer).toBe('transient');
      expect(call.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(JSON.parse(call.body)).toEqual({ q: 'SELECT id FROM job' });
    });

    it('follows an absolute link on the vendor’s origin but never sends the token elsewhere', async () => {
      vendor.script({ status: 200, body: { items: [] } });
      const erp = client();
      await erp.request({
        method: 'GET',
        path: `${vendor.origin}${BASE_PATH}/record/v1/job?offset=2`,
      });
      expect(vendor.calls[0].url).toBe(`${BASE_PATH}/record/v1/job?offset=2`);
      await expect(
        erp.request({ method: 'GET', path: 'http://collector.example/record/v1/job' }),
      ).rejects.toThrow(/not the vendor's origin/);
      expect(vendor.calls).toHaveLength(1);
    });

    it('fails UNAVAILABLE on a success answer whose JSON is malformed', async () => {
      vendor.script((response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"id": ');
      });
      const error = await failureOf(
        client({ ERP_MAX_RETRIES: '0' }).request({ method: 'GET', path: '/record/v1/job/1' }),
      );
      expect(error.kind).toBe(VendorHttpErrorKind.UNAVAILABLE);
      expect(error.message).toMatch(/malformed JSON/);
    });
  });

  describe('retries', () => {
    it('retries a 503 and succeeds on the third call', async () => {
      vendor.script({ status: 503 }, { status: 503 }, { status: 200, body: { ok: true } });
      const response = await client().request({ method: 'GET', path: '/record/v1/job/1' });
      expect(response.body).toEqual({ ok: true });
      expect(vendor.calls).toHaveLength(3);
    });

    it('waits as long as Retry-After asks before retrying a 429', async () => {
      vendor.script({ status: 429, headers: { 'retry-after': '1' } }, { status: 200, body: {} });
      await client({ VENDOR_RETRY_MAX_DELAY_MS: '5000' }).request({
        method: 'GET',
        path: '/record/v1/job/1',
      });
      expect(vendor.calls).toHaveLength(2);
      expect(vendor.calls[1].at - vendor.calls[0].at).toBeGreaterThanOrEqual(980);
    });

    it('caps the wait a Retry-After asks for', async () => {
      vendor.script({ status: 503, headers: { 'retry-after': '120' } }, { status: 200, body: {} });
      const started = performance.now();
      await client({ VENDOR_RETRY_MAX_DELAY_MS: '50' }).request({ method: 'GET', path: '/x' });
      expect(vendor.calls).toHaveLength(2);
      expect(performance.now() - started).toBeLessThan(1000);
    });

    it('gives up on repeated 429s as RATE_LIMITED with the vendor’s Retry-After', async () => {
      vendor.script({ status: 429, headers: { 'retry-after': '7' }, body: { error: 'slow down' } });
      const error = await failureOf(
        client({ ERP_MAX_RETRIES: '1' }).request({ method: 'GET', path: '/record/v1/job' }),
      );
      expect(error).toMatchObject({
        kind: VendorHttpErrorKind.RATE_LIMITED,
        status: 429,
        retryAfterMs: 7000,
        attempts: 2,
        mayHaveTakenEffect: false,
      });
      expect(vendor.calls).toHaveLength(2);
    });

    it.each([400, 422])(
      'does not retry a %i and surfaces it as REJECTED with the vendor’s body',
      async (status) => {
        const body = {
          type: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1',
          title: 'Bad Request',
          status,
          'o:errorDetails': [{ detail: 'The period is closed.', 'o:errorCode': 'PERIOD_CLOSED' }],
        };
        vendor.script({ status, body });
        const error = await failureOf(
          client().request({ method: 'PUT', path: '/record/v1/timeBill/eid:P-1', body: {} }),
        );
        expect(error).toMatchObject({
          kind: VendorHttpErrorKind.REJECTED,
          status,
          body,
          attempts: 1,
          mayHaveTakenEffect: false,
        });
        expect(vendor.calls).toHaveLength(1);
      },
    );

    it('does not repeat a POST after a 500: the vendor may have acted on it', async () => {
      vendor.script({ status: 500 }, { status: 201, body: {} });
      const error = await failureOf(
        client().request({ method: 'POST', path: '/record/v1/customer', body: { a: 1 } }),
      );
      expect(error).toMatchObject({
        kind: VendorHttpErrorKind.UNAVAILABLE,
        status: 500,
        mayHaveTakenEffect: true,
      });
      expect(vendor.calls).toHaveLength(1);
    });

    it('repeats a POST after a 500 when the caller says it is idempotent', async () => {
      vendor.script({ status: 500 }, { status: 500 }, { status: 201, body: { id: 'a' } });
      const response = await client().request({
        method: 'POST',
        path: '/composite',
        body: { allOrNone: true },
        idempotent: true,
      });
      expect(response.status).toBe(201);
      expect(vendor.calls).toHaveLength(3);
    });

    it('repeats a POST after a 429, which proves nothing was done', async () => {
      vendor.script({ status: 429 }, { status: 201, body: { id: 'a' } });
      const response = await client().request({ method: 'POST', path: '/x', body: {} });
      expect(response.status).toBe(201);
      expect(vendor.calls).toHaveLength(2);
    });

    it('repeats a POST whose connection was refused, then fails UNAVAILABLE', async () => {
      const closedPort = await portNobodyListensOn();
      const error = await failureOf(
        client({ ERP_MAX_RETRIES: '2' }, `http://127.0.0.1:${closedPort}${BASE_PATH}`).request({
          method: 'POST',
          path: '/record/v1/customer',
          body: {},
        }),
      );
      expect(error).toMatchObject({
        kind: VendorHttpErrorKind.UNAVAILABLE,
        attempts: 3,
        mayHaveTakenEffect: false,
      });
      expect(error.message).toMatch(/ECONNREFUSED/);
    });
  });

  describe('timeouts', () => {
    it('fails a vendor that never answers as UNAVAILABLE within the configured time', async () => {
      vendor.script('hang');
      const started = performance.now();
      const error = await failureOf(
        client({ ERP_TIMEOUT_MS: '300', ERP_MAX_RETRIES: '0' }).request({
          method: 'GET',
          path: '/record/v1/job/1',
        }),
      );
      const elapsed = performance.now() - started;
      expect(error).toMatchObject({
        kind: VendorHttpErrorKind.UNAVAILABLE,
        mayHaveTakenEffect: true,
      });
      expect(error.message).toMatch(/no answer within 300 ms/);
      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(elapsed).toBeLessThan(800);
    });

    it('does not repeat a POST that timed out', async () => {
      vendor.script('hang');
      const error = await failureOf(
        client({ ERP_TIMEOUT_MS: '100', ERP_MAX_RETRIES: '3' }).request({
          method: 'POST',
          path: '/record/v1/customer',
          body: {},
        }),
      );
      expect(error.kind).toBe(VendorHttpErrorKind.UNAVAILABLE);
      expect(vendor.calls).toHaveLength(1);
    });
  });

  describe('circuit breaker', () => {
    it('opens after repeated failures, fails fast while open, and closes after a good probe', async () => {
      vendor.script({ status: 503 }, { status: 503 }, { status: 503 }, { status: 200, body: {} });
      const erp = client({
        ERP_MAX_RETRIES: '0',
        VENDOR_BREAKER_THRESHOLD: '3',
        VENDOR_BREAKER_HALF_OPEN_AFTER_MS: '300',
      });
      const call = () => erp.request({ method: 'GET', path: '/record/v1/job/1' });
      for (let i = 0; i < 3; i++) await failureOf(call());
      expect(await erp.circuitState()).toBe('open');
      const openedAt = performance.now();

      const fast = await failureOf(call());
      expect(performance.now() - openedAt).toBeLessThan(50);
      expect(fast).toMatchObject({
        kind: VendorHttpErrorKind.UNAVAILABLE,
        mayHaveTakenEffect: false,
      });
      expect(fast.message).toMatch(/circuit open/);
      expect(vendor.calls).toHaveLength(3);

      let response;
      while (!response) {
        response = await call().catch(async (error: VendorHttpError) => {
          expect(error.message).toMatch(/circuit open/);
          await sleep(20);
          return undefined;
        });
      }
      expect(performance.now() - openedAt).toBeGreaterThanOrEqual(290);
      expect(vendor.calls).toHaveLength(4);
      expect(await erp.circuitState()).toBe('closed');
      await call();
      expect(vendor.calls).toHaveLength(5);
    });

    it('is not tripped by the vendor rejecting requests', async () => {
      vendor.script({ status: 404, body: [] });
      const erp = client({ VENDOR_BREAKER_THRESHOLD: '2' });
      for (let i = 0; i < 4; i++)
        await failureOf(erp.request({ method: 'GET', path: '/record/v1/job/404' }));
      expect(await erp.circuitState()).toBe('closed');
      expect(vendor.calls).toHaveLength(4);
    });
  });

  describe('limits', () => {
    it('keeps at most MAX_CONCURRENCY requests in flight and completes all 50 parallel calls', async () => {
      vendor.script({ status: 200, body: {}, delayMs: 20 });
      const erp = client({ ERP_MAX_CONCURRENCY: '4' });
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) => erp.request({ method: 'GET', path: `/job/${i}` })),
      );
      expect(responses.every((response) => response.status === 200)).toBe(true);
      expect(vendor.calls).toHaveLength(50);
      expect(vendor.maxInFlight).toBeLessThanOrEqual(4);
      expect(vendor.maxInFlight).toBeGreaterThan(1);
    });

    it('turns away calls beyond the bounded queue at once, before they reach the vendor', async () => {
      vendor.script({ status: 200, body: {}, delayMs: 100 });
      const erp = client({
        ERP_MAX_CONCURRENCY: '1',
        VENDOR_MAX_QUEUED: '1',
        ERP_MAX_RETRIES: '0',
      });
      const outcomes = await Promise.allSettled(
        [1, 2, 3].map((i) => erp.request({ method: 'GET', path: `/job/${i}` })),
      );
      const rejected = outcomes.filter((o) => o.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({
        kind: VendorHttpErrorKind.UNAVAILABLE,
        mayHaveTakenEffect: false,
      });
      expect(vendor.calls).toHaveLength(2);
    });

    it('spaces calls by the rate limit', async () => {
      vendor.script({ status: 200, body: {} });
      const erp = client({ ERP_RATE_PER_SECOND: '20', ERP_RATE_BURST: '1' });
      await Promise.all([1, 2, 3, 4, 5].map((i) => erp.request({ method: 'GET', path: `/${i}` })));
      const arrivals = vendor.calls.map((call) => call.at);
      // one call every 50 ms. The first arrives late by its connection's set-up, so the gaps
      // are read from the second on, and the whole span allows for that set-up
      const gaps = arrivals.slice(2).map((at, i) => at - arrivals[i + 1]);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(40);
      expect(arrivals[4] - arrivals[0]).toBeGreaterThanOrEqual(170);
    });

    it('cuts off a response larger than the cap as RESPONSE_TOO_LARGE, without retrying', async () => {
      vendor.script((response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write(`["${'x'.repeat(700)}",`);
        setTimeout(() => response.end(`"${'y'.repeat(700)}"]`), 10);
      });
      const error = await failureOf(
        client({ VENDOR_MAX_RESPONSE_BYTES: '1024' }).request({ method: 'GET', path: '/big' }),
      );
      expect(error.kind).toBe(VendorHttpErrorKind.RESPONSE_TOO_LARGE);
      expect(error.message).toMatch(/larger than 1024 bytes/);
      expect(vendor.calls).toHaveLength(1);
    });
  });

  describe('correlation and secrets', () => {
    it('forwards the calling context’s correlation id on every attempt', async () => {
      vendor.script({ status: 503 }, { status: 200, body: {} });
      const erp = client();
      await runWithCorrelationId('onboarding-7f3a', () =>
        erp.request({ method: 'GET', path: '/record/v1/job/1' }),
      );
      expect(vendor.calls.map((call) => call.headers['x-correlation-id'])).toEqual([
        'onboarding-7f3a',
        'onboarding-7f3a',
      ]);
    });

    it('sends a fresh correlation id when the caller has none', async () => {
      vendor.script({ status: 200, body: {} });
      await client().request({ method: 'GET', path: '/x' });
      expect(vendor.calls[0].headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('keeps the token and the query out of errors', async () => {
      vendor.script({ status: 400, body: { message: 'bad query' } });
      const error = await failureOf(
        client().request({
          method: 'GET',
          path: '/query',
          query: { q: 'SELECT Tax_Id__c FROM Account' },
        }),
      );
      const visible = `${error.message} ${JSON.stringify(error)} ${error.stack}`;
      expect(visible).not.toContain(TOKEN);
      expect(visible).not.toContain('Tax_Id__c');
      expect(error.message).toBe(`erp GET ${BASE_PATH}/query: HTTP 400 (REJECTED, 1 attempt)`);
    });
  });

  it('records per-vendor metrics of attempts and outcomes', async () => {
    vendor.script({ status: 503 }, { status: 200, body: {} });
    await client().request({ method: 'GET', path: '/metrics-probe' });
    const metric = async (name: string) => (await register.getSingleMetric(name)!.get()).values;
    const durations = await metric('vendor_http_request_duration_seconds');
    for (const status of ['503', '200'])
      expect(durations).toContainEqual(
        expect.objectContaining({
          labels: expect.objectContaining({ vendor: 'erp', method: 'GET', status }),
        }),
      );
    expect(await metric('vendor_http_requests_total')).toContainEqual(
      expect.objectContaining({ labels: { vendor: 'erp', method: 'GET', outcome: 'success' } }),
    );
    expect(await metric('vendor_http_retries_total')).toContainEqual(
      expect.objectContaining({ labels: { vendor: 'erp', method: 'GET' } }),
    );
    expect(await metric('vendor_http_in_flight_requests')).toContainEqual({
      labels: { vendor: 'erp' },
      value: 0,
    });
    expect(await metric('vendor_http_circuit_state')).toContainEqual({
      labels: { vendor: 'erp' },
      value: 0,
    });
  });
});

async function portNobodyListensOn(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
