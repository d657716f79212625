import { Controller, Get } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { sign } from 'jsonwebtoken';
import request from 'supertest';
import type { AuthenticatedPrincipal } from '../authenticated-principal';
import { CurrentPrincipal } from '../current-principal.decorator';
import { Role } from '../roles/role.enum';
import { Roles } from '../roles/roles.decorator';
import {
  RsaKeyPair,
  hmacToken,
  rs256Token,
  rsaKeyPair,
  unsignedToken,
  validClaims,
} from '../testing/jwt-fixtures';
import { createSecurityTestApp, devSecurityConfig } from '../testing/security-test-app';
import { signServiceToken } from './sign-service-token';

@Controller('probe')
class ProbeController {
  @Get('me')
  me(@CurrentPrincipal() principal: AuthenticatedPrincipal): AuthenticatedPrincipal {
    return principal;
  }

  @Get('admin')
  @Roles(Role.Admin)
  admin(): { ok: true } {
    return { ok: true };
  }
}

const config = devSecurityConfig();
const serviceSecret = config.AUTH_SERVICE_TOKEN_SECRET;

/** Claims of a service token from the development service issuer, for five minutes. */
const serviceClaims = (extra: Record<string, unknown> = {}) =>
  validClaims({
    sub: 'process-time',
    roles: ['service'],
    iss: config.AUTH_SERVICE_TOKEN_ISSUER,
    ...extra,
  });

describe('service tokens beside RS256 user tokens from an identity provider', () => {
  let app: NestFastifyApplication;
  let idp: RsaKeyPair;
  const get = (path: string, token: string) =>
    request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);
  const expectRefused = async (token: string) => {
    const response = await get('/probe/me', token);
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'INVALID_TOKEN' });
  };

  beforeAll(async () => {
    idp = rsaKeyPair('idp');
    app = await createSecurityTestApp({
      controllers: [ProbeController],
      env: { AUTH_JWT_PUBLIC_KEY: idp.publicKeyPem },
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('lets in a service token signed with the service secret, as the calling app', async () => {
    const token = signServiceToken(config, { subject: 'process-time', ttlSeconds: 60 });
    const response = await get('/probe/me', token);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ subject: 'process-time', roles: ['service'] });
  });

  it('still lets in user tokens of the identity provider', async () => {
    expect((await get('/probe/me', rs256Token(idp))).status).toBe(200);
  });

  it('grants a service token only the service role, whatever roles it claims', async () => {
    const claimsAdmin = hmacToken(serviceSecret, serviceClaims({ roles: ['admin', 'service'] }));
    expect((await get('/probe/me', claimsAdmin)).body).toEqual({
      subject: 'process-time',
      roles: ['service'],
    });
    const response = await get('/probe/admin', claimsAdmin);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a token signed with the service secret under the user issuer', () =>
    expectRefused(hmacToken(serviceSecret, validClaims({ roles: ['admin'] }))));

  it('refuses a service-issuer token signed with another secret', () =>
    expectRefused(hmacToken('another-secret-of-at-least-32-characters!', serviceClaims())));

  it('refuses an unsigned service-issuer token (alg: none)', () =>
    expectRefused(unsignedToken(serviceClaims())));

  it('refuses a service-issuer token in another algorithm, even with the service secret', () =>
    expectRefused(hmacToken(serviceSecret, serviceClaims(), 'HS384')));

  it("refuses a service-issuer token signed with the identity provider's key", async () => {
    const token = sign({ sub: 'process-time', roles: ['service'] }, idp.privateKeyPem, {
      algorithm: 'RS256',
      issuer: config.AUTH_SERVICE_TOKEN_ISSUER,
      audience: config.AUTH_JWT_AUDIENCE,
      expiresIn: 60,
    });
    await expectRefused(token);
  });

  it('refuses a service token for another audience or past its expiry', async () => {
    await expectRefused(hmacToken(serviceSecret, serviceClaims({ aud: 'other-api' })));
    const expired = await get(
      '/probe/me',
      hmacToken(serviceSecret, serviceClaims({ exp: Math.floor(Date.now() / 1000) - 120 })),
    );
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ code: 'TOKEN_EXPIRED' });
  });

  it('makes the acting user of a service token the principal, as a service, via the app', async () => {
    const token = signServiceToken(config, {
      subject: 'experience-api',
      actor: 'ana',
      ttlSeconds: 60,
    });
    expect((await get('/probe/me', token)).body).toEqual({
      subject: 'ana',
      roles: ['service'],
      via: 'experience-api',
    });
    expect((await get('/probe/admin', token)).status).toBe(403);
  });

  it('refuses a service token whose act names no subject', () =>
    expectRefused(hmacToken(serviceSecret, serviceClaims({ act: { client: 'x' } }))));
});

describe('service tokens beside HS256 development user tokens', () => {
  let app: NestFastifyApplication;
  const get = (token: string) =>
    request(app.getHttpServer()).get('/probe/me').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    app = await createSecurityTestApp({ controllers: [ProbeController] });
  });

  afterAll(async () => {
    await app.close();
  });

  it('tells the two kinds apart by issuer, each with its own secret', async () => {
    expect((await get(signServiceToken(config, { subject: 'p', ttlSeconds: 60 }))).status).toBe(
      200,
    );
    expect((await get(hmacToken(config.AUTH_JWT_SECRET ?? '', serviceClaims()))).status).toBe(401);
    expect((await get(hmacToken(serviceSecret, validClaims()))).status).toBe(401);
  });

  it('ignores an act claim in a user token', async () => {
    const token = hmacToken(
      config.AUTH_JWT_SECRET ?? '',
      validClaims({ sub: 'bob', roles: ['finance'], act: { sub: 'ana' } }),
    );
    expect((await get(token)).body).toEqual({ subject: 'bob', roles: ['finance'] });
  });
});
