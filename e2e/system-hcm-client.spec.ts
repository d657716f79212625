import { createServer, Server } from 'node:net';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  ApiClient,
  ApiClientsModule,
  ApiProblemError,
  TokenProvider,
  apiClientToken,
  apiClientsConfigShapeFor,
  createApiClient,
  serviceTokenProvider,
  unwrap,
} from '@p2c/clients';
import { runWithCorrelationId } from '@p2c/observability';
import { PlatformModule, baseConfigShape, createHttpApp } from '@p2c/platform';
import { readSecurityConfig, securityConfigShape, securityDevSecrets } from '@p2c/security';
import { TestDatabase, createTestDatabase, testRedisPrefix } from '@p2c/testing';
import {
  RunningSandbox,
  quietNorthwind,
  startSandbox,
} from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import { SystemHcmModule } from '../apps/system-hcm/src/system-hcm.module';

/** The generated system-hcm client, as the process tier uses it, against a running system-hcm. */
describe('the system-hcm client', () => {
  let sandbox: RunningSandbox;
  let database: TestDatabase;
  let hcmApp: NestFastifyApplication;
  let baseUrl: string;
  let tokens: TokenProvider;
  let hcm: ApiClient<'system-hcm'>;

  const client = (options: { token?: TokenProvider; timeoutMs?: number; url?: string } = {}) =>
    createApiClient('system-hcm', {
      baseUrl: options.url ?? baseUrl,
      token: options.token ?? tokens,
      timeoutMs: options.timeoutMs ?? 5_000,
    });

  async function problemOf(pending: Promise<unknown>): Promise<ApiProblemError> {
    const error = await pending.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ApiProblemError);
    return error as ApiProblemError;
  }

  async function setHcmFaults(faults: Record<string, unknown>): Promise<void> {
    const response = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ system: 'hcm', ...faults }),
    });
    expect(response.ok).toBe(true);
  }

  beforeAll(async () => {
    sandbox = await startSandbox(quietNorthwind());
    database = await createTestDatabase();
    hcmApp = await createHttpApp(
      SystemHcmModule.with({
        env: {
          DATABASE_URL: database.url,
          REDIS_PREFIX: testRedisPrefix(),
          LOG_LEVEL: 'silent',
          HCM_BASE_URL: `${sandbox.url}/hcm`,
          HCM_RATE_PER_SECOND: '0',
          HCM_MAX_RETRIES: '1',
          VENDOR_RETRY_BASE_DELAY_MS: '1',
        },
      }),
      'system-hcm',
    );
    await hcmApp.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(hcmApp.getHttpServer().address() as { port: number }).port}`;
    // the caller mints with the same JWT config as the app it calls, as deployed apps share it
    tokens = serviceTokenProvider(readSecurityConfig(hcmApp.get(ConfigService)), {
      subject: 'process-time',
      ttlSeconds: 300,
    });
    hcm = client();
  });

  afterEach(() => setHcmFaults({}));

  afterAll(async () => {
    await hcmApp?.close();
    await database?.drop();
    await sandbox?.close();
  });

  it('calls with a minted service token the app accepts and answers typed data', async () => {
    const rate = await unwrap(
      hcm.GET('/workers/{id}/cost-rate', {
        params: { path: { id: 'E1010' }, query: { date: '2026-11-01' } },
      }),
    );
    expect(rate.costRate?.rate).toEqual({ amount: '60.00', currency: 'GBP' });
    const page = await unwrap(hcm.GET('/workers', { params: { query: { limit: 5 } } }));
    expect(page.items.map((worker) => worker.id)).toEqual([
      'E1001',
      'E1002',
      'E1003',
      'E1004',
      'E1005',
    ]);
  });

  it('turns a problem+json answer into an ApiProblemError with its code, status and detail', async () => {
    const notFound = await problemOf(
      hcm.GET('/workers/{id}', { params: { path: { id: 'E9999' } } }),
    );
    expect(notFound).toMatchObject({ app: 'system-hcm', status: 404, code: 'NOT_FOUND' });
    expect(notFound.detail).toContain('E9999');
    expect(notFound.retryable).toBe(false);
    expect(notFound.problem).toMatchObject({ worker: 'E9999' });

    const invalid = await problemOf(
      hcm.GET('/workers/{id}/cost-rate', {
        params: { path: { id: 'E1001' }, query: { date: '2026-02-30' } },
      }),
    );
    expect([invalid.status, invalid.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('carries Retry-After of a rate-limited answer as retryAfter', async () => {
    await setHcmFaults({ rateLimit: { perSecond: 0 } });
    const limited = await problemOf(
      hcm.GET('/workers', { headers: { 'cache-control': 'no-cache' } }),
    );
    expect(limited).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryable: true });
    expect(limited.retryAfter).toBeGreaterThanOrEqual(1);
  });

  it('is refused without a token the app trusts', async () => {
    const forged = client({ token: () => 'not-a-jwt' });
    const refused = await problemOf(forged.GET('/workers'));
    expect([refused.status, refused.code]).toEqual([401, 'INVALID_TOKEN']);
  });

  it('sends the current correlation id, which reaches the app', async () => {
    const { response } = await runWithCorrelationId('onboarding-42', () =>
      hcm.GET('/workers/{id}', { params: { path: { id: 'E1001' } } }),
    );
    expect(response.headers.get('x-correlation-id')).toBe('onboarding-42');
    const failed = await problemOf(
      runWithCorrelationId('onboarding-43', () =>
        hcm.GET('/workers/{id}', { params: { path: { id: 'E0000' } } }),
      ),
    );
    expect(failed.correlationId).toBe('onboarding-43');
  });

  it('gives up after its timeout with API_TIMEOUT', async () => {
    await setHcmFaults({ latencyMs: 2_000 });
    const impatient = client({ timeoutMs: 200 });
    const timedOut = await problemOf(
      impatient.GET('/workers', { headers: { 'cache-control': 'no-cache' } }),
    );
    expect(timedOut).toMatchObject({ status: 504, code: 'API_TIMEOUT', retryable: true });
  });

  it('answers API_UNREACHABLE when nothing listens', async () => {
    const closed: Server = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await problemOf(
      client({ url: `http://127.0.0.1:${port}` }).GET('/workers'),
    );
    expect(unreachable).toMatchObject({ status: 503, code: 'API_UNREACHABLE', retryable: true });
  });

  it('is wired by ApiClientsModule from the caller’s config', async () => {
    @Module({
      imports: [
        PlatformModule.forRoot({
          app: 'process-time',
          config: {
            ...baseConfigShape,
            ...securityConfigShape,
            ...apiClientsConfigShapeFor(['system-hcm']),
          },
          devSecrets: securityDevSecrets,
          env: { LOG_LEVEL: 'silent', SYSTEM_HCM_URL: baseUrl },
        }),
        ApiClientsModule.forRoot({ caller: 'process-time', apps: ['system-hcm'] }),
      ],
    })
    class ProcessTimeLikeModule {}

    const context = await NestFactory.createApplicationContext(ProcessTimeLikeModule, {
      logger: false,
    });
    try {
      const wired = context.get<ApiClient<'system-hcm'>>(apiClientToken('system-hcm'));
      const worker = await unwrap(
        wired.GET('/workers/{id}', { params: { path: { id: 'E1024' } } }),
      );
      expect(worker).toMatchObject({ id: 'E1024', active: false });
    } finally {
      await context.close();
    }
  });
});
