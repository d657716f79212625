import { Controller, Get } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type { AuthenticatedPrincipal } from '../authenticated-principal';
import { CurrentPrincipal } from '../current-principal.decorator';
import { Public } from '../public.decorator';
import { Role } from '../roles/role.enum';
import { Roles } from '../roles/roles.decorator';
import { base64url, hmacToken, unsignedToken, validClaims } from '../testing/jwt-fixtures';
import { createSecurityTestApp, devSecurityConfig, devToken } from '../testing/security-test-app';

@Controller('probe')
class ProbeController {
  @Get('me')
  me(@CurrentPrincipal() principal: AuthenticatedPrincipal): AuthenticatedPrincipal {
    return principal;
  }

  @Get('finance')
  @Roles(Role.Finance, Role.Admin)
  finance(): { ok: true } {
    return { ok: true };
  }

  @Public()
  @Get('open')
  open(): { ok: true } {
    return { ok: true };
  }
}

const secret = () => devSecurityConfig().AUTH_JWT_SECRET ?? '';

describe('JWT authentication (HS256, development key)', () => {
  let app: NestFastifyApplication;
  const get = (path: string, token?: string) => {
    const call = request(app.getHttpServer()).get(path);
    return token === undefined ? call : call.set('Authorization', `Bearer ${token}`);
  };

  const expectRefused = async (token: string | undefined, code: string) => {
    const response = await get('/probe/me', token);
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 401, code });
  };

  beforeAll(async () => {
    app = await createSecurityTestApp({ controllers: [ProbeController] });
  });

  afterAll(async () => {
    await app.close();
  });

  it('lets a valid token in and exposes its principal', async () => {
    const response = await get('/probe/me', devToken({ sub: 'ana', roles: ['delivery'] }));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ subject: 'ana', roles: ['delivery'] });
  });

  it("exposes a partner token's partner id", async () => {
    const token = devToken({ sub: 'p-1', roles: ['partner'], partnerId: 'acme' });
    const response = await get('/probe/me', token);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ subject: 'p-1', roles: ['partner'], partnerId: 'acme' });
  });

  it('refuses a request without a token', () => expectRefused(undefined, 'UNAUTHENTICATED'));

  it('refuses a malformed Authorization header', async () => {
    const response = await request(app.getHttpServer())
      .get('/probe/me')
      .set('Authorization', 'Basic dXNlcjpwYXNz');
    expect(response.status).toBe(401);
  });

  it('refuses an expired token, beyond the clock tolerance', () =>
    expectRefused(devToken({}, { expiresIn: -31 }), 'TOKEN_EXPIRED'));

  it('accepts a token expired by less than the clock tolerance', async () => {
    const response = await get('/probe/me', devToken({}, { expiresIn: -5 }));
    expect(response.status).toBe(200);
  });

  it('refuses a token that is not valid yet', () =>
    expectRefused(devToken({}, { notBefore: 120 }), 'INVALID_TOKEN'));

  it('refuses a token from another issuer', () =>
    expectRefused(devToken({}, { issuer: 'someone-else' }), 'INVALID_TOKEN'));

  it('refuses a token for another audience', () =>
    expectRefused(devToken({}, { audience: 'other-api' }), 'INVALID_TOKEN'));

  it('refuses an unsigned token (alg: none)', () =>
    expectRefused(unsignedToken(), 'INVALID_TOKEN'));

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, , signature] = devToken({ roles: ['delivery'] }).split('.');
    await expectRefused(`${header}.${base64url(validClaims())}.${signature}`, 'INVALID_TOKEN');
  });

  it('refuses a token signed with another secret', () =>
    expectRefused(hmacToken('another-secret-of-at-least-32-characters!'), 'INVALID_TOKEN'));

  it('refuses an algorithm outside the allow-list, even with the right secret', () =>
    expectRefused(hmacToken(secret(), validClaims(), 'HS384'), 'INVALID_TOKEN'));

  it('refuses a token without an expiry', () => {
    const { exp: _exp, ...noExpiry } = validClaims();
    return expectRefused(hmacToken(secret(), noExpiry), 'INVALID_TOKEN');
  });

  it('refuses a partner token without its partner id', () =>
    expectRefused(devToken({ roles: ['partner'] }), 'INVALID_TOKEN'));

  it('answers 403 problem+json to a caller without one of the roles', async () => {
    const response = await get('/probe/finance', devToken({ roles: ['delivery'] }));
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('lets a caller with one of the roles in', async () => {
    expect((await get('/probe/finance', devToken({ roles: ['finance'] }))).status).toBe(200);
    expect((await get('/probe/finance', devToken({ roles: ['admin'] }))).status).toBe(200);
  });

  it('ignores role names it does not know', async () => {
    const response = await get('/probe/finance', devToken({ roles: ['superuser'] }));
    expect(response.status).toBe(403);
  });

  it('answers a @Public() endpoint and the health probe without a token', async () => {
    expect((await get('/probe/open')).status).toBe(200);
    expect((await get('/health/live')).status).toBe(200);
  });
});
