import { Module } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { TcpProxy, TestDatabase, createTestDatabase, testRedisPrefix, waitFor } from '@p2c/testing';
import { GatewayModule } from './gateway.module';
import { createHttpApp } from './http/create-http-app';

describe('readiness of a gateway app', () => {
  let database: TestDatabase;
  let postgres: TcpProxy;
  let redis: TcpProxy;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    postgres = await new TcpProxy('127.0.0.1', 5432).start();
    redis = await new TcpProxy('127.0.0.1', 6379).start();
    const databaseUrl = new URL(database.url);
    databaseUrl.port = String(postgres.port);

    @Module({
      imports: [
        GatewayModule.forRoot({
          app: 'process-time',
          env: {
            DATABASE_URL: databaseUrl.toString(),
            REDIS_URL: `redis://127.0.0.1:${redis.port}`,
            REDIS_PREFIX: testRedisPrefix(),
            LOG_LEVEL: 'silent',
          },
        }),
      ],
    })
    class ProcessTimeTestModule {}

    app = await createHttpApp(ProcessTimeTestModule, 'process-time');
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    await postgres?.stop();
    await redis?.stop();
    await database?.drop();
  });

  const ready = () => request(app.getHttpServer()).get('/health/ready');

  it('is live and ready when Postgres and Redis answer', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200, { status: 'ok' });
    const res = await waitFor(async () => {
      const r = await ready();
      return r.status === 200 ? r : undefined;
    });
    expect(res.body.details).toEqual({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('answers 503 naming Postgres while it is unreachable, and 200 again after', async () => {
    await postgres.cut();
    const res = await waitFor(async () => {
      const r = await ready();
      return r.status === 503 ? r : undefined;
    });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: 'NOT_READY',
      detail: 'Not ready: postgres unavailable.',
    });
    expect(res.body.checks.redis).toEqual({ status: 'up' });
    await request(app.getHttpServer()).get('/health/live').expect(200);

    await postgres.restore();
    await waitFor(async () => (await ready()).status === 200, {
      what: 'Postgres to be ready again',
    });
  });

  it('answers 503 naming Redis while it is unreachable, and 200 again after', async () => {
    await redis.cut();
    const res = await waitFor(async () => {
      const r = await ready();
      return r.status === 503 ? r : undefined;
    });
    expect(res.body).toMatchObject({ code: 'NOT_READY', detail: 'Not ready: redis unavailable.' });
    expect(res.body.checks.postgres).toEqual({ status: 'up' });

    await redis.restore();
    await waitFor(async () => (await ready()).status === 200, { what: 'Redis to be ready again' });
  });
});
