import { Body, Controller, HttpCode, Logger, Post, Res } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import request from 'supertest';
import { PersistenceModule } from '@p2c/persistence';
import { TestDatabase, createTestDatabase, waitFor } from '@p2c/testing';
import type { AuthenticatedPrincipal } from '../authenticated-principal';
import { CurrentPrincipal } from '../current-principal.decorator';
import { Public } from '../public.decorator';
import { createSecurityTestApp, devToken } from '../testing/security-test-app';
import { IdempotencyModule } from './idempotency.module';
import { IdempotencyStore } from './idempotency.store';
import { Idempotent } from './idempotent.decorator';

class CreateThingDto {
  @IsString()
  @MaxLength(40)
  name: string;
}

/** short, so a test can outlast it */
const LEASE_SECONDS = 1;

let runs = 0;
let failures = 0;
let gate: Promise<void> | undefined;

@Controller('things')
class ThingsController {
  @Post()
  @Idempotent()
  async create(
    @Body() dto: CreateThingDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<{ id: string; name: string; by: string }> {
    runs++;
    const id = `thing-${runs}`;
    await gate;
    return { id, name: dto.name, by: principal?.subject ?? 'nobody' };
  }

  @Post('accepted')
  @HttpCode(202)
  @Idempotent()
  accept(): { accepted: number } {
    return { accepted: ++runs };
  }

  @Post('located')
  @Idempotent()
  locate(@Res({ passthrough: true }) reply: FastifyReply): { id: string } {
    const id = `thing-${++runs}`;
    void reply
      .header('location', `/things/${id}`)
      .header('set-cookie', `last-thing=${id}`)
      .type('application/vnd.p2c.thing+json');
    return { id };
  }

  @Post('slow')
  @Idempotent()
  async createSlowly(): Promise<{ run: number }> {
    const run = ++runs;
    if (run === 1) await gate;
    return { run };
  }

  @Post('failing')
  @Idempotent()
  fail(): never {
    failures++;
    throw new Error('the handler broke');
  }

  @Public()
  @Post('public')
  @Idempotent()
  createPublicly(@Body() dto: CreateThingDto): { id: string; name: string } {
    runs++;
    return { id: `thing-${runs}`, name: dto.name };
  }
}

describe('Idempotency-Key on POST endpoints', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let sql: Client;
  const ana = devToken({ sub: 'ana' });
  const bob = devToken({ sub: 'bob' });

  const post = (path: string, key: string | undefined, body: object = {}, token = ana) => {
    let call = request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${token}`);
    if (key !== undefined) call = call.set('Idempotency-Key', key);
    return call.send(body);
  };
  const storedKeys = async (key: string) =>
    (
      await sql.query<{ scope: string; response_status: number | null }>(
        'SELECT scope, response_status FROM idempotency_keys WHERE key = $1',
        [key],
      )
    ).rows;

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = new Client({ connectionString: database.urlFor('experience-api') });
    await sql.connect();
    app = await createSecurityTestApp({
      controllers: [ThingsController],
      imports: [
        PersistenceModule.forRoot('experience-api'),
        IdempotencyModule.forRoot({ leaseSeconds: LEASE_SECONDS }),
      ],
      env: { DATABASE_URL: database.url },
    });
  });

  beforeEach(() => {
    runs = 0;
    failures = 0;
    gate = undefined;
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await app?.close();
    await sql?.end();
    await database?.drop();
  });

  it('replays the stored response to a retry, and runs the handler once', async () => {
    const key = randomUUID();
    const first = await post('/things', key, { name: 'desk' });
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    const retry = await post('/things', key, { name: 'desk' });
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(runs).toBe(1);
  });

  it("replays the handler's own status code", async () => {
    const key = randomUUID();
    expect((await post('/things/accepted', key)).status).toBe(202);
    const retry = await post('/things/accepted', key);
    expect(retry.status).toBe(202);
    expect(retry.body).toEqual({ accepted: 1 });
  });

  it('replays the Location and Content-Type the handler set, but not its cookie', async () => {
    const key = randomUUID();
    const first = await post('/things/located', key);
    expect(first.headers['set-cookie']).toEqual(['last-thing=thing-1']);

    const retry = await post('/things/located', key);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.headers.location).toBe('/things/thing-1');
    expect(retry.headers['content-type']).toMatch(/^application\/vnd\.p2c\.thing\+json/);
    expect(retry.headers['content-type']).toBe(first.headers['content-type']);
    expect(retry.headers['set-cookie']).toBeUndefined();
    expect(retry.body).toEqual({ id: 'thing-1' });
    expect(runs).toBe(1);
  });

  it('treats the same body serialised with another key order as the same request', async () => {
    const key = randomUUID();
    const raw = (json: string) =>
      request(app.getHttpServer())
        .post('/things/public')
        .set('Idempotency-Key', key)
        .set('content-type', 'application/json')
        .send(json);
    await raw('{"name":"lamp"}');
    const retry = await raw('{ "name" : "lamp" }');
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(runs).toBe(1);
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED to the same key with another body or path', async () => {
    const key = randomUUID();
    await post('/things', key, { name: 'desk' });
    for (const response of [
      await post('/things', key, { name: 'chair' }),
      await post('/things/accepted', key, { name: 'desk' }),
    ]) {
      expect(response.status).toBe(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    }
    expect(runs).toBe(1);
  });

  it('answers 409 IDEMPOTENCY_KEY_IN_USE while the first request is still running', async () => {
    const key = randomUUID();
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const first = post('/things', key, { name: 'desk' }).then((response) => response);
    await waitFor(() => runs === 1, { what: 'the first request to reach the handler' });

    const second = await post('/things', key, { name: 'desk' });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_USE' });

    open();
    expect((await first).status).toBe(201);
    expect((await post('/things', key, { name: 'desk' })).headers['idempotent-replayed']).toBe(
      'true',
    );
    expect(runs).toBe(1);
  });

  it('keeps the key of a handler that runs longer than the lease from a retry', async () => {
    const key = randomUUID();
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const first = post('/things/slow', key).then((response) => response);
    await waitFor(() => runs === 1, { what: 'the first request to reach the handler' });
    await sleep(LEASE_SECONDS * 2500);

    const retry = await post('/things/slow', key);
    open();
    expect((await first).body).toEqual({ run: 1 });
    expect(retry.status).toBe(409);
    expect(retry.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_USE' });
    expect(runs).toBe(1);
  });

  it('runs the handler once for 20 parallel requests with one key', async () => {
    const key = randomUUID();
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const pending = Array.from({ length: 20 }, () => post('/things', key, { name: 'desk' }));
    const responses = Promise.all(pending.map((call) => call.then((response) => response)));
    await waitFor(() => runs === 1, { what: 'one request to reach the handler' });
    open();

    const settled = await responses;
    expect(runs).toBe(1);
    const created = settled.filter((response) => response.status === 201);
    const busy = settled.filter((response) => response.status === 409);
    expect(created.length + busy.length).toBe(20);
    expect(created.filter((response) => !response.headers['idempotent-replayed'])).toHaveLength(1);
    expect(new Set(created.map((response) => response.body.id))).toEqual(new Set(['thing-1']));
  });

  it('releases the key when validation fails, so a corrected retry runs', async () => {
    const key = randomUUID();
    const invalid = await post('/things', key, { name: 42 });
    expect(invalid.status).toBe(400);
    expect(await storedKeys(key)).toEqual([]);

    const corrected = await post('/things', key, { name: 'desk' });
    expect(corrected.status).toBe(201);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
    expect(runs).toBe(1);
  });

  it('releases the key when the handler throws, so a retry runs again', async () => {
    const key = randomUUID();
    expect((await post('/things/failing', key)).status).toBe(500);
    expect(await storedKeys(key)).toEqual([]);
    expect((await post('/things/failing', key)).status).toBe(500);
    expect(failures).toBe(2);
  });

  it('tries again to store a response after a failure, so a retry replays it', async () => {
    const store = app.get(IdempotencyStore);
    const complete = jest
      .spyOn(store, 'complete')
      .mockRejectedValueOnce(new Error('Connection terminated unexpectedly'));
    const key = randomUUID();
    const first = await post('/things', key, { name: 'desk' });
    expect(first.status).toBe(201);
    expect(complete).toHaveBeenCalledTimes(2);

    const retry = await post('/things', key, { name: 'desk' });
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(runs).toBe(1);
  });

  it('answers the response it could not store, logs the key and leaves it in flight', async () => {
    jest.spyOn(app.get(IdempotencyStore), 'complete').mockRejectedValue(new Error('Postgres down'));
    const errors = jest.spyOn(Logger.prototype, 'error');
    const key = randomUUID();
    const first = await post('/things', key, { name: 'desk' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: 'thing-1', name: 'desk' });
    expect(errors).toHaveBeenCalledWith(
      expect.objectContaining({ scope: 'ana', key }),
      'could not store the response of an idempotent request',
    );
    expect(await storedKeys(key)).toEqual([{ scope: 'ana', response_status: null }]);
  });

  it('stores nothing for a request the auth guard refuses', async () => {
    const key = randomUUID();
    const response = await request(app.getHttpServer())
      .post('/things')
      .set('Idempotency-Key', key)
      .send({ name: 'desk' });
    expect(response.status).toBe(401);
    expect(await storedKeys(key)).toEqual([]);
    expect(runs).toBe(0);
  });

  it('keeps two callers with the same key apart, and public callers as anonymous', async () => {
    const key = randomUUID();
    const byAna = await post('/things', key, { name: 'desk' }, ana);
    const byBob = await post('/things', key, { name: 'desk' }, bob);
    expect(byAna.body).toMatchObject({ id: 'thing-1', by: 'ana' });
    expect(byBob.body).toMatchObject({ id: 'thing-2', by: 'bob' });
    expect(byBob.headers['idempotent-replayed']).toBeUndefined();

    await request(app.getHttpServer())
      .post('/things/public')
      .set('Idempotency-Key', key)
      .send({ name: 'desk' });
    const scopes = (await storedKeys(key)).map((row) => row.scope);
    expect(scopes.sort()).toEqual(['ana', 'anonymous', 'bob']);
  });

  it('runs every request without a key', async () => {
    await post('/things', undefined, { name: 'desk' });
    await post('/things', undefined, { name: 'desk' });
    expect(runs).toBe(2);
  });

  it.each([
    ['an empty key', ''],
    ['a key longer than 255 characters', 'k'.repeat(256)],
    ['a key with spaces', 'two words'],
  ])('answers 400 to %s', async (_case, key) => {
    const response = await post('/things', key, { name: 'desk' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_INVALID' });
    expect(runs).toBe(0);
  });

  it('accepts a key of 255 characters', async () => {
    expect((await post('/things', 'k'.repeat(255), { name: 'desk' })).status).toBe(201);
  });

  it('ignores expired keys and prunes them', async () => {
    const expired = randomUUID();
    const live = randomUUID();
    await post('/things', expired, { name: 'desk' });
    await post('/things', live, { name: 'desk' });
    await sql.query(
      `UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1`,
      [expired],
    );

    const afterExpiry = await post('/things', expired, { name: 'chair' });
    expect(afterExpiry.status).toBe(201);
    expect(afterExpiry.body).toMatchObject({ id: 'thing-3', name: 'chair' });

    await sql.query(
      `UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1`,
      [expired],
    );
    expect(await app.get(IdempotencyStore).pruneExpired()).toBeGreaterThanOrEqual(1);
    expect(await storedKeys(expired)).toEqual([]);
    expect(await storedKeys(live)).toHaveLength(1);
  });

  it('keeps a stored response 24 hours', async () => {
    const key = randomUUID();
    await post('/things', key, { name: 'desk' });
    const {
      rows: [row],
    } = await sql.query<{ hours: number }>(
      `SELECT extract(epoch FROM expires_at - completed_at) / 3600 AS hours
       FROM idempotency_keys WHERE key = $1`,
      [key],
    );
    expect(Number(row.hours)).toBeCloseTo(24);
  });
});
