import { ConfigService } from '@nestjs/config';
import { ConfigValidationError, parseConfig } from '@p2c/platform';
import { jwtKeyOf } from './jwt/jwt-key';
import { serviceTokenKeyOf } from './jwt/service-token-key';
import { JwtStrategy } from './jwt/jwt.strategy';
import { securityConfigShape, securityDevSecrets } from './security-config';
import { rsaKeyPair } from './testing/jwt-fixtures';

const parse = (env: Record<string, string>) =>
  parseConfig(securityConfigShape, env, securityDevSecrets);

const PUBLIC_KEY_PEM = rsaKeyPair('k').publicKeyPem;
const PRODUCTION = {
  NODE_ENV: 'production',
  PSA_WEBHOOK_SECRET: 'a-production-webhook-secret',
  AUTH_SERVICE_TOKEN_SECRET: 'a-production-service-token-secret-32',
};

describe('security configuration', () => {
  it('runs development on the HS256 development secret and the documented defaults', () => {
    const config = parse({ NODE_ENV: 'development' });
    expect(jwtKeyOf(config)).toEqual({
      kind: 'secret',
      algorithm: 'HS256',
      secret: securityDevSecrets.AUTH_JWT_SECRET,
    });
    expect(config).toMatchObject({
      AUTH_JWT_ISSUER: 'p2c-gateway',
      AUTH_JWT_AUDIENCE: 'p2c',
      AUTH_JWT_CLOCK_TOLERANCE_SECONDS: 30,
      PSA_WEBHOOK_SECRET: 'psa-dev-webhook-secret',
    });
    expect(serviceTokenKeyOf(config)).toEqual({
      algorithm: 'HS256',
      issuer: 'p2c-services',
      secret: securityDevSecrets.AUTH_SERVICE_TOKEN_SECRET,
    });
  });

  it('has no development secrets in production', () => {
    expect(() => parse({ NODE_ENV: 'production' })).toThrow(
      /PSA_WEBHOOK_SECRET: required but not set/,
    );
    expect(() => parse({ NODE_ENV: 'production' })).toThrow(
      /AUTH_SERVICE_TOKEN_SECRET: required but not set/,
    );
    expect(() => jwtKeyOf(parse(PRODUCTION))).toThrow(/no JWT key/);
  });

  it('caps the clock tolerance at 60 seconds', () => {
    expect(parse({ AUTH_JWT_CLOCK_TOLERANCE_SECONDS: '60' }).AUTH_JWT_CLOCK_TOLERANCE_SECONDS).toBe(
      60,
    );
    expect(() => parse({ AUTH_JWT_CLOCK_TOLERANCE_SECONDS: '61' })).toThrow(ConfigValidationError);
  });

  it('refuses a short secret', () => {
    expect(() => parse({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET/);
    expect(() => parse({ AUTH_SERVICE_TOKEN_SECRET: 'short' })).toThrow(
      /AUTH_SERVICE_TOKEN_SECRET: must be at least 32 characters/,
    );
  });

  it('keeps service tokens apart from user tokens: their own issuer and their own secret', () => {
    const userSecret = 'a-production-user-token-secret-of-32';
    expect(() =>
      serviceTokenKeyOf(parse({ ...PRODUCTION, AUTH_SERVICE_TOKEN_ISSUER: 'p2c-gateway' })),
    ).toThrow(/AUTH_SERVICE_TOKEN_ISSUER must differ from AUTH_JWT_ISSUER/);
    const sameSecret = { AUTH_JWT_SECRET: userSecret, AUTH_SERVICE_TOKEN_SECRET: userSecret };
    expect(() => serviceTokenKeyOf(parse({ ...PRODUCTION, ...sameSecret }))).toThrow(
      /AUTH_SERVICE_TOKEN_SECRET must differ from AUTH_JWT_SECRET/,
    );
    expect(
      () => new JwtStrategy(new ConfigService(parse({ ...PRODUCTION, ...sameSecret }))),
    ).toThrow(/must differ/);
  });

  it('takes a one-line PEM public key over the secret, and refuses what is not an RSA key', () => {
    const pem = PUBLIC_KEY_PEM;
    const config = parse({ ...PRODUCTION, AUTH_JWT_PUBLIC_KEY: pem.replace(/\n/g, '\\n') });
    expect(jwtKeyOf(config)).toEqual({ kind: 'public-key', algorithm: 'RS256', publicKey: pem });
    expect(() => parse({ AUTH_JWT_PUBLIC_KEY: 'not a key' })).toThrow(/AUTH_JWT_PUBLIC_KEY/);
  });

  it('takes a JWKS URL, but not together with a public key', () => {
    const jwksUrl = 'https://login.example.com/.well-known/jwks.json';
    expect(jwtKeyOf(parse({ ...PRODUCTION, AUTH_JWT_JWKS_URL: jwksUrl }))).toEqual({
      kind: 'jwks',
      algorithm: 'RS256',
      jwksUrl,
    });
    const both = { AUTH_JWT_JWKS_URL: jwksUrl, AUTH_JWT_PUBLIC_KEY: PUBLIC_KEY_PEM };
    expect(() => jwtKeyOf(parse(both))).toThrow(/not both/);
    expect(() => parse({ AUTH_JWT_JWKS_URL: 'ftp://example.com/jwks' })).toThrow(
      /AUTH_JWT_JWKS_URL/,
    );
  });

  it('makes the JWT strategy, and so the app start, fail in production without a key', () => {
    expect(() => new JwtStrategy(new ConfigService(parse(PRODUCTION)))).toThrow(/no JWT key/);
  });
});
