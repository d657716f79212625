import { Controller, Get } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { decode } from 'jsonwebtoken';
import request from 'supertest';
import type { AuthenticatedPrincipal } from '../authenticated-principal';
import { CurrentPrincipal } from '../current-principal.decorator';
import { hmacToken } from '../testing/jwt-fixtures';
import { createSecurityTestApp, devToken } from '../testing/security-test-app';
import { VerifiedTokens } from './verified-tokens';

@Controller('probe')
class ProbeController {
  @Get('me')
  me(@CurrentPrincipal() principal: AuthenticatedPrincipal): AuthenticatedPrincipal {
    return principal;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const expiryOf = (token: string) => (decode(token, { json: true })?.exp ?? 0) * 1000;

describe('bearer tokens verified once, remembered until they expire', () => {
  let app: NestFastifyApplication;
  const me = (token: string) =>
    request(app.getHttpServer()).get('/probe/me').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    // no clock tolerance: a token is refused from the second of its `exp` on
    app = await createSecurityTestApp({
      controllers: [ProbeController],
      env: { AUTH_JWT_CLOCK_TOLERANCE_SECONDS: '0' },
    });
  });

  afterAll(() => app.close());

  it('answers a token it let in with the same principal, and refuses it the moment it expires', async () => {
    const token = devToken({ sub: 'ana', roles: ['finance'] }, { expiresIn: 2 });
    for (let i = 0; i < 3; i++) {
      const answer = await me(token);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ subject: 'ana', roles: ['finance'] });
    }
    await sleep(expiryOf(token) - Date.now());
    const refused = await me(token);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ code: 'TOKEN_EXPIRED' });
  });

  it('never remembers a refusal: a token not valid yet is let in once it is', async () => {
    const token = devToken({ sub: 'bob' }, { notBefore: 1 });
    expect((await me(token)).status).toBe(401);
    await sleep(1100);
    expect((await me(token)).body).toMatchObject({ subject: 'bob' });
  });

  it('keeps refusing a token that failed verification', async () => {
    const forged = hmacToken('another-secret-of-at-least-32-characters!');
    expect((await me(forged)).status).toBe(401);
    expect((await me(forged)).status).toBe(401);
  });
});

describe('VerifiedTokens', () => {
  const principal: AuthenticatedPrincipal = { subject: 'ana', roles: [] };

  it('remembers a verified token until its exp, frozen so no request changes it for the next', () => {
    const tokens = new VerifiedTokens();
    const token = devToken({}, { expiresIn: 60 });
    const kept = tokens.remember(token, principal);
    expect(tokens.principalOf(token)).toBe(kept);
    expect(Object.isFrozen(kept) && Object.isFrozen(kept.roles)).toBe(true);
    expect(tokens.principalOf(devToken({ sub: 'other' }))).toBeUndefined();
  });

  it('does not remember a token past its exp (accepted only within the clock tolerance)', () => {
    const tokens = new VerifiedTokens();
    const token = devToken({}, { expiresIn: -5 });
    tokens.remember(token, principal);
    expect(tokens.principalOf(token)).toBeUndefined();
  });
});
