import { JwtPayload, decode, verify } from 'jsonwebtoken';
import { ClsServiceManager } from 'nestjs-cls';
import { parseConfig } from '@p2c/platform';
import { ACTING_USER, jwtConfigShape, securityDevSecrets } from '@p2c/security';
import { serviceTokenProvider } from './service-token';

/** Runs work as a request made by a user would (see JwtAuthGuard). */
function asUser<T>(subject: string, work: () => T): T {
  const cls = ClsServiceManager.getClsService();
  return cls.run(() => {
    cls.set(ACTING_USER, subject);
    return work();
  });
}

describe('serviceTokenProvider', () => {
  const config = parseConfig(jwtConfigShape, { NODE_ENV: 'test' }, securityDevSecrets);
  let now: number;

  beforeEach(() => {
    now = Date.parse('2026-10-15T09:00:00Z');
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });

  afterEach(() => jest.restoreAllMocks());

  it('mints a service token for the calling app with the service secret, not the user key', () => {
    const token = serviceTokenProvider(config, { subject: 'process-time', ttlSeconds: 300 })();
    expect(
      verify(token, config.AUTH_SERVICE_TOKEN_SECRET, { algorithms: ['HS256'] }),
    ).toMatchObject({
      sub: 'process-time',
      roles: ['service'],
      iss: config.AUTH_SERVICE_TOKEN_ISSUER,
      aud: config.AUTH_JWT_AUDIENCE,
    });
    expect(decode(token)).not.toHaveProperty('act');
    expect(() => verify(token, config.AUTH_JWT_SECRET ?? '')).toThrow(/invalid signature/);
  });

  it("names the request's acting user, one token per user, none for calls made for no one", () => {
    const tokens = serviceTokenProvider(config, { subject: 'experience-api', ttlSeconds: 300 });
    const ana = asUser('ana', tokens);
    const bob = asUser('bob', tokens);
    expect(decode(ana)).toMatchObject({ sub: 'experience-api', act: { sub: 'ana' } });
    expect(decode(bob)).toMatchObject({ sub: 'experience-api', act: { sub: 'bob' } });
    expect(asUser('ana', tokens)).toBe(ana);
    expect(decode(tokens())).not.toHaveProperty('act');
  });

  it('reuses the token until its last minute, then mints a new one', () => {
    const tokens = serviceTokenProvider(config, { subject: 'process-time', ttlSeconds: 300 });
    const first = tokens();
    now += 239_000;
    expect(tokens()).toBe(first);
    now += 1_000;
    const second = tokens();
    expect(second).not.toBe(first);
    expect((decode(second) as JwtPayload).jti).not.toBe((decode(first) as JwtPayload).jti);
  });

  it('renews a short-lived token in the last fifth of its life', () => {
    const tokens = serviceTokenProvider(config, { subject: 'process-time', ttlSeconds: 60 });
    const first = tokens();
    now += 47_999;
    expect(tokens()).toBe(first);
    now += 1;
    expect(tokens()).not.toBe(first);
  });
});
