import { Controller, Get, Module } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import request from 'supertest';
import { createHttpApp, parseConfig } from '@p2c/platform';
import {
  Public,
  Role,
  Roles,
  jwtConfigShape,
  securityDevSecrets,
  signAccessToken,
} from '@p2c/security';
import {
  TEST_REDIS_URL,
  TcpProxy,
  TestDatabase,
  createTestDatabase,
  deleteKeysWithPrefix,
  testRedisPrefix,
  waitFor,
} from '@p2c/testing';
import { ExperienceApiModule } from '../experience-api.module';

/** An authenticated and a public route of the experience API, for these tests alone. */
@Controller('probe')
class ProbeController {
  @Get()
  @Roles(Role.Partner, Role.Finance, Role.Admin)
  probe(): { ok: true } {
    return { ok: true };
  }

  @Public()
  @Get('public')
  open(): { ok: true } {
    return { ok: true };
  }
}

const TIERS = {
  partnerStandard: { limit: 3, ttlSeconds: 60 },
  partnerPremium: { limit: 5, ttlSeconds: 60 },
  internal: { limit: 4, ttlSeconds: 60 },
  anonymous: { limit: 2, ttlSeconds: 60 },
};

const security = parseConfig(jwtConfigShape, { NODE_ENV: 'test' }, securityDevSecrets);
const partnerToken = (partnerId: string, subject = `user@${partnerId}`) =>
  signAccessToken(security, { subject, roles: [Role.Partner], partnerId, ttlSeconds: 300 });
const financeToken = (subject: string) =>
  signAccessToken(security, { subject, roles: [Role.Finance], ttlSeconds: 300 });

async function startExperienceApi(env: Record<string, string>): Promise<NestFastifyApplication> {
  @Module({ imports: [ExperienceApiModule.with({ env })], controllers: [ProbeController] })
  class ThrottledProbeModule {}
  const app = await createHttpApp(ThrottledProbeModule, 'experience-api');
  await app.listen(0, '127.0.0.1');
  return app;
}

const urlOf = (app: NestFastifyApplication) =>
  `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;

describe('experience API throttling, shared by every instance through Redis', () => {
  let database: TestDatabase;
  let prefix: string;
  let instances: [string, string];
  let behindProxy: string;
  let apps: NestFastifyApplication[];
  let redis: Redis;

  const probe = (url: string, token?: string) => {
    const pending = request(url).get('/probe');
    return token ? pending.set('authorization', `Bearer ${token}`) : pending;
  };
  /** `count` calls spread over both instances, in turn; answers their statuses. */
  const spread = async (count: number, call: (url: string) => request.Test) => {
    const statuses: number[] = [];
    for (let i = 0; i < count; i++) statuses.push((await call(instances[i % 2])).status);
    return statuses;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    prefix = testRedisPrefix();
    const env = {
      DATABASE_URL: database.url,
      REDIS_PREFIX: prefix,
      LOG_LEVEL: 'silent',
      THROTTLE_TIERS: JSON.stringify(TIERS),
      THROTTLE_PREMIUM_PARTNERS: 'globex, hooli',
    };
    apps = [
      await startExperienceApi(env),
      await startExperienceApi(env),
      await startExperienceApi({ ...env, HTTP_TRUST_PROXY_HOPS: '1' }),
    ];
    instances = [urlOf(apps[0]), urlOf(apps[1])];
    behindProxy = urlOf(apps[2]);
    redis = new Redis(TEST_REDIS_URL);
  }, 60_000);

  afterAll(async () => {
    await Promise.allSettled((apps ?? []).map((app) => app.close()));
    if (redis) {
      await deleteKeysWithPrefix(redis, prefix);
      redis.disconnect();
    }
    await database?.drop();
  });

  it('holds a partner to one limit across both instances, counting down in RateLimit-* headers', async () => {
    const token = partnerToken('acme');
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await probe(instances[i % 2], token));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.map((answer) => answer.headers['ratelimit-remaining'])).toEqual(['2', '1', '0']);
    expect(answers[0].headers['ratelimit-limit']).toBe('3');
    expect(Number(answers[0].headers['ratelimit-reset'])).toBeGreaterThan(0);
    expect(Number(answers[0].headers['ratelimit-reset'])).toBeLessThanOrEqual(60);
    expect((await probe(instances[1], token)).status).toBe(429);
    expect((await probe(instances[0], token)).status).toBe(429);
  });

  it('answers 429 problem+json RATE_LIMITED with Retry-After and the RateLimit-* headers', async () => {
    const token = partnerToken('initech');
    await spread(3, (url) => probe(url, token));
    const refused = await probe(instances[0], token);
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers).toMatchObject({
      'ratelimit-limit': '3',
      'ratelimit-remaining': '0',
      'ratelimit-reset': String(retryAfter),
    });
  });

  it('gives every partner its own budget, shared by all its users', async () => {
    await spread(3, (url) => probe(url, partnerToken('umbrella', 'ana@umbrella')));
    expect((await probe(instances[0], partnerToken('umbrella', 'bob@umbrella'))).status).toBe(429);
    const other = await probe(instances[1], partnerToken('wayne'));
    expect(other.status).toBe(200);
    expect(other.headers['ratelimit-remaining']).toBe('2');
  });

  it("gives a premium partner its tier's limit", async () => {
    const token = partnerToken('globex');
    expect(await spread(6, (url) => probe(url, token))).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await probe(instances[0], partnerToken('hooli'))).headers['ratelimit-limit']).toBe('5');
  });

  it('counts internal callers by their token subject, in the internal tier', async () => {
    expect(await spread(5, (url) => probe(url, financeToken('ana')))).toEqual([
      200, 200, 200, 200, 429,
    ]);
    expect((await probe(instances[0], financeToken('bob'))).status).toBe(200);
  });

  it('counts unauthenticated calls by client address: rotating X-Forwarded-For does not escape it', async () => {
    const statuses = await spread(4, (url) =>
      request(url)
        .get('/probe/public')
        .set('X-Forwarded-For', `198.51.100.${Math.floor(Math.random() * 250)}`),
    );
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it('believes X-Forwarded-For as far as HTTP_TRUST_PROXY_HOPS proxies report it', async () => {
    const from = (address: string) =>
      request(behindProxy).get('/probe/public').set('X-Forwarded-For', address);
    expect((await from('203.0.113.7')).status).toBe(200);
    expect((await from('203.0.113.7')).status).toBe(200);
    expect((await from('203.0.113.7')).status).toBe(429);
    expect((await from('203.0.113.8')).status).toBe(200);
  });

  it("never throttles the orchestrator's probes or the metrics scraper", async () => {
    for (const path of ['/health/live', '/health/ready', '/metrics'])
      expect(await spread(4, (url) => request(url).get(path))).toEqual([200, 200, 200, 200]);
  });

  it("keeps its counts under the app's REDIS_PREFIX", async () => {
    // one hit counter per client counted above (acme, initech, umbrella, wayne, globex, hooli,
    // ana, bob, two addresses behind the proxy, the loopback address)
    const counters = await redis.keys(`${prefix}:throttle:*:hits`);
    expect(counters).toHaveLength(11);
  });

  it('answers 503 problem+json THROTTLE_UNAVAILABLE while Redis cannot count a call, and counts again after', async () => {
    const redisUrl = new URL(TEST_REDIS_URL);
    const proxy = await new TcpProxy(redisUrl.hostname, Number(redisUrl.port || 6379)).start();
    const proxied = new URL(TEST_REDIS_URL);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    const app = await startExperienceApi({
      DATABASE_URL: database.url,
      REDIS_URL: proxied.toString(),
      REDIS_PREFIX: prefix,
      LOG_LEVEL: 'silent',
      THROTTLE_TIERS: JSON.stringify(TIERS),
    });
    try {
      const token = financeToken('carol');
      expect((await probe(urlOf(app), token)).status).toBe(200);
      await proxy.cut();
      const refused = await probe(urlOf(app), token);
      expect(refused.status).toBe(503);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 503, code: 'THROTTLE_UNAVAILABLE' });
      expect(refused.headers['retry-after']).toBe('5');
      await proxy.restore();
      const counted = await waitFor(
        async () => {
          const answer = await probe(urlOf(app), token);
          return answer.status === 200 ? answer : undefined;
        },
        { timeoutMs: 15_000, intervalMs: 200, what: 'calls to be counted again' },
      );
      expect(counted.headers['ratelimit-remaining']).toBe('2');
    } finally {
      await app.close();
      await proxy.stop();
    }
  });
});
