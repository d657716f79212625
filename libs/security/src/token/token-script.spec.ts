import { Controller, Get } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { decode } from 'jsonwebtoken';
import request from 'supertest';
import type { AuthenticatedPrincipal } from '../authenticated-principal';
import { CurrentPrincipal } from '../current-principal.decorator';
import { createSecurityTestApp } from '../testing/security-test-app';

const ROOT = resolve(__dirname, '../../../..');

interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run token -- ...args` as a developer runs it, with only the given environment. */
function runTokenScript(args: string[], env: Record<string, string> = {}): Promise<ScriptRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', 'scripts/token.ts', ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

@Controller('me')
class MeController {
  @Get()
  me(@CurrentPrincipal() principal: AuthenticatedPrincipal): AuthenticatedPrincipal {
    return principal;
  }
}

describe('npm run token', () => {
  let app: NestFastifyApplication;
  let runs: Record<
    'partner' | 'otherIssuer' | 'unknownRole' | 'partnerWithoutId' | 'service',
    ScriptRun
  >;

  beforeAll(async () => {
    const [partner, otherIssuer, unknownRole, partnerWithoutId, service] = await Promise.all([
      runTokenScript(['--role', 'partner', '--partner', 'acme', '--ttl', '120']),
      runTokenScript(['--role', 'admin'], { AUTH_JWT_ISSUER: 'elsewhere' }),
      runTokenScript(['--role', 'wizard']),
      runTokenScript(['--role', 'partner']),
      runTokenScript(['--role', 'service', '--subject', 'batch-import']),
    ]);
    runs = { partner, otherIssuer, unknownRole, partnerWithoutId, service };
    app = await createSecurityTestApp({ controllers: [MeController] });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('prints a token the apps accept, carrying the role and partner id', async () => {
    expect(runs.partner).toMatchObject({ code: 0, stderr: '' });
    const token = runs.partner.stdout.trim();
    const response = await request(app.getHttpServer())
      .get('/me')
      .set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      subject: 'partner-acme',
      roles: ['partner'],
      partnerId: 'acme',
    });
    const claims = decode(token) as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBe(120);
  });

  it('mints a service token with the service credentials', async () => {
    const token = runs.service.stdout.trim();
    expect(decode(token)).toMatchObject({ iss: 'p2c-services', sub: 'batch-import' });
    const response = await request(app.getHttpServer())
      .get('/me')
      .set('Authorization', `Bearer ${token}`);
    expect(response.body).toEqual({ subject: 'batch-import', roles: ['service'] });
  });

  it('reads the same variables as the apps', () => {
    expect(decode(runs.otherIssuer.stdout.trim())).toMatchObject({ iss: 'elsewhere' });
  });

  it('exits 1 with a clear message for an unknown role or a partner without its id', () => {
    expect(runs.unknownRole).toMatchObject({ code: 1, stdout: '' });
    expect(runs.unknownRole.stderr).toMatch(/Unknown role "wizard"/);
    expect(runs.partnerWithoutId).toMatchObject({ code: 1, stdout: '' });
    expect(runs.partnerWithoutId.stderr).toMatch(/partner token needs --partner/);
  });
});
