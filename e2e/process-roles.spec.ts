import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { GatewayAppName, ProcessRole, createHttpApp } from '@p2c/platform';
import { Role, readSecurityConfig, signAccessToken } from '@p2c/security';
import {
  TEST_REDIS_URL,
  TestDatabase,
  createTestDatabase,
  testRedisPrefix,
  waitFor,
} from '@p2c/testing';
import { ProcessForecastModule } from '@p2c/apps/process-forecast/src/process-forecast.module';
import { ProcessOnboardingModule } from '@p2c/apps/process-onboarding/src/process-onboarding.module';
import { ProcessTimeModule } from '@p2c/apps/process-time/src/process-time.module';

type ProcessModule = { with(options: { env: Record<string, string> }): Type<unknown> };

const PROCESS_APPS: [GatewayAppName, ProcessModule][] = [
  ['process-onboarding', ProcessOnboardingModule],
  ['process-time', ProcessTimeModule],
  ['process-forecast', ProcessForecastModule],
];

/** No schedule ticks during the test: the workers start, but nothing is due. */
const QUIET = {
  LOG_LEVEL: 'silent',
  ONBOARDING_POLL_INTERVAL_MS: '3600000',
  ONBOARDING_SWEEP_INTERVAL_MS: '3600000',
  TIME_INBOX_POLL_MS: '3600000',
  TIME_FEED_POLL_MS: '3600000',
  TIME_SWEEP_INTERVAL_MS: '3600000',
  TIME_RECOVERY_INTERVAL_MS: '3600000',
  FORECAST_FEED_POLL_MS: '3600000',
  FORECAST_RECOMPUTE_CRON: 'off',
};

const PROBES = ['/health/live', '/health/ready', '/metrics'];

type OpenApiPaths = Record<string, Record<string, { responses: Record<string, unknown> }>>;

function committedPaths(app: GatewayAppName): OpenApiPaths {
  const path = join(__dirname, '..', 'openapi', `${app}.json`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { paths: OpenApiPaths }).paths;
}

/** Every operation of the app's committed OpenAPI document but the probes, with sample ids. */
function apiRoutes(app: GatewayAppName): { method: string; path: string }[] {
  return Object.entries(committedPaths(app))
    .filter(([path]) => !PROBES.includes(path))
    .flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => ({ method, path: path.replace(/\{[^}]+\}/g, 'x') })),
    );
}

describe.each(PROCESS_APPS)('%s by PROCESS_ROLE', (app, module) => {
  let database: TestDatabase;
  const redisPrefix = testRedisPrefix();
  const running: NestFastifyApplication[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    for (const nest of running) await nest.close();
    await database?.drop();
  });

  async function start(role: ProcessRole): Promise<NestFastifyApplication> {
    const env = {
      ...QUIET,
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: redisPrefix,
      PROCESS_ROLE: role,
    };
    const nest = await createHttpApp(module.with({ env }), app);
    running.push(nest);
    await nest.init();
    await nest.getHttpAdapter().getInstance().ready();
    return nest;
  }

  const workersOn = async (nest: NestFastifyApplication): Promise<number> => {
    const queues = nest.get(QueueFactory);
    let count = 0;
    for (const name of Object.values(QueueName))
      count += await queues.queue(name).getWorkersCount();
    return count;
  };

  describe('api', () => {
    let nest: NestFastifyApplication;
    const call = (path: string, roles?: Role[]) => {
      const call = request(nest.getHttpServer()).get(path);
      if (!roles) return call;
      const token = signAccessToken(readSecurityConfig(nest.get(ConfigService)), {
        subject: 'role-spec',
        roles,
        partnerId: 'PARTNER-1',
        ttlSeconds: 60,
      });
      return call.set('Authorization', `Bearer ${token}`);
    };

    beforeAll(async () => {
      nest = await start('api');
    });

    it('runs no worker on any queue', async () => {
      expect(await workersOn(nest)).toBe(0);
    });

    it('answers GET /kpis without a token with 401 problem+json', async () => {
      const res = await call('/kpis').expect(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    });

    it('answers GET /kpis to a partner token with 403 problem+json', async () => {
      const res = await call('/kpis', [Role.Partner]).expect(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    });

    it('documents those answers of GET /kpis', () => {
      expect(Object.keys(committedPaths(app)['/kpis'].get.responses)).toEqual(
        expect.arrayContaining(['401', '403']),
      );
    });

    it('answers GET /kpis to a finance token', async () => {
      await call('/kpis', [Role.Finance]).expect(200);
    });
  });

  describe('worker', () => {
    let nest: NestFastifyApplication;

    beforeAll(async () => {
      nest = await start('worker');
    });

    it('runs its workers', async () => {
      await waitFor(async () => (await workersOn(nest)) > 0, { what: `${app}'s workers` });
    });

    it('answers the health probes and metrics', async () => {
      const server = nest.getHttpServer();
      await request(server).get('/health/live').expect(200, { status: 'ok' });
      await waitFor(async () => (await request(server).get('/health/ready')).status === 200, {
        what: `${app} to be ready`,
      });
      expect((await request(server).get('/metrics').expect(200)).text).toContain('# HELP');
    });

    it.each(apiRoutes(app))(
      'answers $method $path with 404 problem+json',
      async ({ method, path }) => {
        const res = await request(nest.getHttpServer())[method as 'get'](path).expect(404);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body).toMatchObject({
          code: 'NOT_FOUND',
          detail: expect.stringMatching(/PROCESS_ROLE=worker/),
        });
      },
    );

    it('serves no API documentation', async () => {
      await request(nest.getHttpServer()).get('/docs/openapi.json').expect(404);
    });
  });
});
