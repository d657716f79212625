import { Controller, Get, Module, Post } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { GatewayModule, createHttpApp } from '@p2c/platform';
import { TestDatabase, createTestDatabase, testRedisPrefix } from '@p2c/testing';
import { Idempotent } from './idempotency/idempotent.decorator';
import { Role } from './roles/role.enum';
import { Roles } from './roles/roles.decorator';
import { devToken } from './testing/security-test-app';

let created = 0;

@Controller('orders')
class OrdersController {
  @Get()
  list(): string[] {
    return ['o-1'];
  }

  @Post()
  @Roles(Role.Finance)
  @Idempotent()
  create(): { id: string } {
    return { id: `o-${++created}` };
  }
}

describe('security in every gateway app', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    database = await createTestDatabase();

    @Module({
      imports: [
        GatewayModule.forRoot({
          app: 'process-billing',
          env: { DATABASE_URL: database.url, REDIS_PREFIX: testRedisPrefix(), LOG_LEVEL: 'silent' },
        }),
      ],
      controllers: [OrdersController],
    })
    class BillingTestModule {}

    app = await createHttpApp(BillingTestModule, 'process-billing');
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('protects an endpoint that does not opt out', async () => {
    const refused = await request(app.getHttpServer()).get('/orders');
    expect(refused.status).toBe(401);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    const allowed = await request(app.getHttpServer())
      .get('/orders')
      .set('Authorization', `Bearer ${devToken()}`);
    expect(allowed.status).toBe(200);
  });

  it('keeps the health probes and metrics public', async () => {
    expect((await request(app.getHttpServer()).get('/health/live')).status).toBe(200);
    expect((await request(app.getHttpServer()).get('/metrics')).status).toBe(200);
  });

  it('checks roles and honours Idempotency-Key', async () => {
    const post = (token: string) =>
      request(app.getHttpServer())
        .post('/orders')
        .set('Authorization', `Bearer ${token}`)
        .set('Idempotency-Key', 'order-1');
    expect((await post(devToken({ roles: ['delivery'] }))).status).toBe(403);
    const first = await post(devToken({ roles: ['finance'] }));
    const retry = await post(devToken({ roles: ['finance'] }));
    expect(first.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual({ id: 'o-1' });
    expect(created).toBe(1);
  });

  it('documents the Idempotency-Key header in the OpenAPI document', async () => {
    const document = await request(app.getHttpServer()).get('/docs/openapi.json');
    const parameters = document.body.paths['/orders'].post.parameters as { name: string }[];
    expect(parameters.map((parameter) => parameter.name)).toContain('Idempotency-Key');
  });
});
