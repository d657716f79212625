import { JwtPayload, decode } from 'jsonwebtoken';
import { parseConfig } from '@p2c/platform';
import { jwtConfigShape, securityDevSecrets } from '@p2c/security';
import { serviceTokenProvider } from './service-token';

describe('serviceTokenProvider', () => {
  const config = parseConfig(jwtConfigShape, { NODE_ENV: 'test' }, securityDevSecrets);
  let now: number;

  beforeEach(() => {
    now = Date.parse('2026-10-15T09:00:00Z');
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });

  afterEach(() => jest.restoreAllMocks());

  it('mints a service token for the calling app', () => {
    const token = serviceTokenProvider(config, { subject: 'process-time', ttlSeconds: 300 })();
    expect(decode(token)).toMatchObject({
      sub: 'process-time',
      roles: ['service'],
      iss: config.AUTH_JWT_ISSUER,
      aud: config.AUTH_JWT_AUDIENCE,
    });
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
