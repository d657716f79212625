import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsInt, IsString, Max } from 'class-validator';
import request from 'supertest';
import { Public } from '@p2c/security';
import { LogCapture } from '@p2c/testing';
import { baseConfigShape } from '../config/parse-config';
import { portShape } from '../gateway.module';
import { PlatformModule } from '../platform.module';
import { createHttpApp } from './create-http-app';
import { ProblemException } from './problem.exception';

class CreateThingDto {
  @IsString()
  name: string;

  @IsInt()
  @Max(10)
  size: number;
}

@Public()
@Controller('things')
class ThingsController {
  @Post()
  create(@Body() dto: CreateThingDto) {
    return { created: dto.name };
  }

  @Get('conflicting')
  conflicting() {
    throw new ProblemException(422, 'PERIOD_CLOSED', 'The period 2026-09 is closed for NWA-US.', {
      legalEntity: 'NWA-US',
    });
  }

  @Get('broken')
  broken() {
    throw new Error('connection to 10.0.0.7 refused: password=hunter2');
  }
}

const logs = new LogCapture();

@Module({
  imports: [
    PlatformModule.forRoot({
      app: 'experience-api',
      config: { ...baseConfigShape, ...portShape('experience-api') },
      env: { HTTP_BODY_LIMIT_BYTES: '2048', LOG_LEVEL: 'info' },
      logDestination: logs,
    }),
  ],
  controllers: [ThingsController],
})
class TestModule {}

const PROBLEM_KEYS = ['type', 'title', 'status', 'detail', 'instance', 'code', 'correlationId'];

describe('errors as problem+json', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createHttpApp(TestModule, 'experience-api');
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app.close());

  const http = () => request(app.getHttpServer());

  it('answers 400 with every validation error and runs nothing for unknown properties', async () => {
    const res = await http().post('/things').send({ name: 5, size: 11, admin: true }).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Object.keys(res.body)).toEqual(expect.arrayContaining(PROBLEM_KEYS));
    expect(res.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', instance: '/things' });
    const errors = (res.body.errors as string[]).join('\n');
    expect(errors).toMatch(/name must be a string/);
    expect(errors).toMatch(/size must not be greater than 10/);
    expect(errors).toMatch(/property admin should not exist/);
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await http()
      .post('/things')
      .set('content-type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(res.body).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('answers 404 for an unknown route', async () => {
    const res = await http().get('/nowhere').expect(404);
    expect(res.body).toMatchObject({ status: 404, code: 'NOT_FOUND', title: 'Not Found' });
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await http()
      .post('/things')
      .send({ name: 'x'.repeat(4096), size: 1 })
      .expect(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers 422 with the reason code and details of a business rule', async () => {
    const res = await http().get('/things/conflicting').expect(422);
    expect(res.body).toMatchObject({
      type: 'urn:p2c:problem:period-closed',
      code: 'PERIOD_CLOSED',
      detail: 'The period 2026-09 is closed for NWA-US.',
      legalEntity: 'NWA-US',
    });
  });

  it('answers 500 without the internal message and logs it with the correlation id', async () => {
    const res = await http().get('/things/broken').set('x-correlation-id', 'trace-500').expect(500);
    expect(res.body).toMatchObject({
      status: 500,
      code: 'INTERNAL_ERROR',
      correlationId: 'trace-500',
    });
    expect(JSON.stringify(res.body)).not.toMatch(/hunter2|10\.0\.0\.7/);
    const logged = logs.find((line) => line.correlationId === 'trace-500' && line.level === 50);
    expect(JSON.stringify(logged)).toMatch(/connection to 10\.0\.0\.7 refused/);
  });
});

describe('correlation id', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createHttpApp(TestModule, 'experience-api');
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app.close());

  it('returns the caller’s id and puts it on the request’s log line', async () => {
    const res = await request(app.getHttpServer())
      .post('/things')
      .set('x-correlation-id', 'order-4711')
      .send({ name: 'a', size: 1 })
      .expect(201);
    expect(res.headers['x-correlation-id']).toBe('order-4711');
    const line = logs.find(
      (l) => l.msg === 'request completed' && l.correlationId === 'order-4711',
    );
    expect(line).toBeDefined();
  });

  it('replaces a missing or unsafe id with a fresh one', async () => {
    const res = await request(app.getHttpServer())
      .get('/nowhere')
      .set('x-correlation-id', 'bad id with spaces')
      .expect(404);
    expect(res.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.correlationId).toBe(res.headers['x-correlation-id']);
  });

  it('keeps secrets out of log lines', async () => {
    await request(app.getHttpServer())
      .post('/things')
      .set('authorization', 'Bearer very-secret-token')
      .set('x-correlation-id', 'redaction-check')
      .send({ name: 'a', size: 1 })
      .expect(201);
    const line = logs.find(
      (l) => l.correlationId === 'redaction-check' && l.msg === 'request completed',
    );
    expect(JSON.stringify(line)).toMatch(/\[redacted\]/);
    expect(JSON.stringify(logs.lines)).not.toMatch(/very-secret-token/);
  });
});
