import { Controller, Get } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { RsaKeyPair, hmacToken, rs256Token, rsaKeyPair } from '../testing/jwt-fixtures';
import { createSecurityTestApp } from '../testing/security-test-app';

@Controller('probe')
class ProbeController {
  @Get()
  probe(): { ok: true } {
    return { ok: true };
  }
}

describe('JWT authentication (RS256, JWKS URL)', () => {
  let app: NestFastifyApplication;
  let jwks: Server;
  let keys: RsaKeyPair;
  let jwksRequests = 0;
  const get = (token: string) =>
    request(app.getHttpServer()).get('/probe').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    keys = rsaKeyPair('current');
    jwks = createServer((_request, response) => {
      jwksRequests++;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [keys.jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    app = await createSecurityTestApp({
      controllers: [ProbeController],
      env: { AUTH_JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json` },
    });
  });

  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  it('verifies an RS256 token against the published key, fetching the key set once', async () => {
    expect((await get(rs256Token(keys, 'current'))).status).toBe(200);
    expect((await get(rs256Token(keys, 'current'))).status).toBe(200);
    expect(jwksRequests).toBe(1);
  });

  it('refuses a token whose key id is not published', async () => {
    const response = await get(rs256Token(rsaKeyPair('rogue'), 'rogue'));
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'INVALID_TOKEN' });
  });

  it('refuses a token signed by another key under a published key id', async () => {
    expect((await get(rs256Token(rsaKeyPair('current'), 'current'))).status).toBe(401);
  });

  it('refuses HS256', async () => {
    expect((await get(hmacToken(JSON.stringify(keys.jwk)))).status).toBe(401);
  });
});
