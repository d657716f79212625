import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp } from '@p2c/platform';
import { Role } from '@p2c/security';
import { createExperienceClient } from '@p2c-gateway/experience-client';
import { ExperienceApiModule } from '@p2c/apps/experience-api/src/experience-api.module';
import { ExperienceTestBed } from '@p2c/apps/experience-api/src/testing/experience-test-bed';

const PARTNER_LIMIT = 6;
const TIERS = JSON.stringify({
  partnerStandard: { limit: PARTNER_LIMIT, ttlSeconds: 60 },
  partnerPremium: { limit: 1000, ttlSeconds: 60 },
  internal: { limit: 1000, ttlSeconds: 60 },
  anonymous: { limit: 1000, ttlSeconds: 60 },
});

/**
 * Two experience API instances behind one proxy hop, on one Redis: a partner's budget is one,
 * whichever instance answers and whatever X-Forwarded-For says (through the partner client).
 */
describe('throttling across experience API instances', () => {
  let bed: ExperienceTestBed;
  let second: NestFastifyApplication;
  let urls: [string, string];

  beforeAll(async () => {
    const env = { THROTTLE_TIERS: TIERS, HTTP_TRUST_PROXY_HOPS: '1' };
    bed = await ExperienceTestBed.start({ env });
    second = await createHttpApp(ExperienceApiModule.with({ env: bed.env }), 'experience-api');
    await second.listen(0, '127.0.0.1');
    const { port } = second.getHttpServer().address() as { port: number };
    urls = [bed.url, `http://127.0.0.1:${port}`];
  }, 180_000);

  // closing waits for the jobs the process apps' workers hold
  afterAll(async () => {
    await second?.close();
    await bed?.close();
  }, 120_000);

  const partnerCall = (i: number, partnerId: string, subject: string) =>
    createExperienceClient({
      baseUrl: urls[i % 2],
      token: bed.token(Role.Partner, { partnerId, subject }),
    }).GET('/partner/projects', {
      // a caller rotating its claimed address on every call
      headers: { 'x-forwarded-for': `203.0.113.${i}` },
    });

  it("holds one partner's limit across both instances and every forwarded address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PARTNER_LIMIT + 4; i++)
      // the partner's users share its budget: a new subject does not reset it either
      statuses.push((await partnerCall(i, 'PARTNER-ALPHA', `user-${i}@alpha`)).response.status);
    expect(statuses.slice(0, PARTNER_LIMIT).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(PARTNER_LIMIT)).toEqual([429, 429, 429, 429]);

    const refused = await partnerCall(99, 'PARTNER-ALPHA', 'late@alpha');
    expect(refused.response.status).toBe(429);
    expect(refused.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.error).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(refused.response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.response.headers.get('ratelimit-limit')).toBe(String(PARTNER_LIMIT));
    expect(refused.response.headers.get('ratelimit-remaining')).toBe('0');
  });

  it("leaves another partner's budget and internal users alone", async () => {
    const beta = await partnerCall(0, 'PARTNER-BETA', 'user@beta');
    expect(beta.response.status).toBe(200);
    expect(Number(beta.response.headers.get('ratelimit-remaining'))).toBe(PARTNER_LIMIT - 1);
    const finance = await createExperienceClient({
      baseUrl: urls[1],
      token: bed.token(Role.Finance),
    }).GET('/dashboards/finance');
    expect(finance.response.status).toBe(200);
  });
});
