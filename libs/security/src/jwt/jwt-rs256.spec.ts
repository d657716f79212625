import { Controller, Get } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { Roles } from '../roles/roles.decorator';
import { Role } from '../roles/role.enum';
import {
  RsaKeyPair,
  hmacToken,
  rs256Token,
  rsaKeyPair,
  unsignedToken,
} from '../testing/jwt-fixtures';
import { createSecurityTestApp, devSecurityConfig } from '../testing/security-test-app';

@Controller('probe')
class ProbeController {
  @Get()
  @Roles(Role.Service)
  probe(): { ok: true } {
    return { ok: true };
  }
}

describe('JWT authentication (RS256, PEM public key)', () => {
  let app: NestFastifyApplication;
  let keys: RsaKeyPair;
  const get = (token: string) =>
    request(app.getHttpServer()).get('/probe').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    keys = rsaKeyPair('k1');
    app = await createSecurityTestApp({
      controllers: [ProbeController],
      // one-line form, as in an env file
      env: { AUTH_JWT_PUBLIC_KEY: keys.publicKeyPem.replace(/\n/g, '\\n') },
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('lets in a token signed with the private key', async () => {
    expect((await get(rs256Token(keys))).status).toBe(200);
  });

  it('refuses a token signed with another private key', async () => {
    expect((await get(rs256Token(rsaKeyPair('k2')))).status).toBe(401);
  });

  it('refuses HS256 signed with the RS256 public key', async () => {
    const response = await get(hmacToken(keys.publicKeyPem));
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'INVALID_TOKEN' });
  });

  it('refuses HS256 even with the development secret once a public key is configured', async () => {
    expect((await get(hmacToken(devSecurityConfig().AUTH_JWT_SECRET ?? ''))).status).toBe(401);
  });

  it('refuses an unsigned token (alg: none)', async () => {
    expect((await get(unsignedToken())).status).toBe(401);
  });
});
