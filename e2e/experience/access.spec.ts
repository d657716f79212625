import { randomUUID } from 'node:crypto';
import { ConfigService } from '@nestjs/config';
import { sign } from 'jsonwebtoken';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '@p2c/platform';
import {
  Role,
  jwtConfigShape,
  readSecurityConfig,
  securityDevSecrets,
  signAccessToken,
  signServiceToken,
} from '@p2c/security';
import { TestIdentityProvider } from '@p2c/testbed';
import { ExperienceTestBed } from '@p2c/apps/experience-api/src/testing/experience-test-bed';

const { Admin, Finance, Delivery, Partner } = Role;
const INTERNAL = [Admin, Finance, Delivery];

/**
 * Who may call each operation of the experience API: every route is here, and any other caller
 * gets 403 (`service` tokens included: the experience API is for people and partners).
 */
const ALLOWED: Record<string, Role[]> = {
  'GET /dashboards/finance': [Admin, Finance],
  'GET /dashboards/delivery': INTERNAL,
  'POST /billing-runs': [Admin, Finance],
  'GET /billing-runs/{id}': [Admin, Finance],
  'GET /billing-events': [Admin, Finance],
  'GET /billing-events/{id}': [Admin, Finance],
  'POST /billing-events/{id}/approve': [Admin, Finance],
  'POST /billing-events/{id}/reject': [Admin, Finance],
  'POST /reconciliations': [Admin, Finance],
  'GET /reconciliations': [Admin, Finance],
  'GET /reconciliations/{id}': [Admin, Finance],
  'POST /admin/queues/session': [Admin],
  'GET /partner/projects': [Admin, Partner],
  'GET /partner/projects/{id}': [Admin, Partner],
  'GET /partner/invoices': [Admin, Partner],
  'GET /partner/invoices/{id}': [Admin, Partner],
  'GET /partner/time-status': [Admin, Partner],
  'GET /partner/time-status/{timeEntryId}': [Admin, Partner],
  'GET /lineage': INTERNAL,
  'GET /forecasts/projects': INTERNAL,
  'GET /forecasts/revenue': INTERNAL,
  'GET /forecasts/projects/{id}': INTERNAL,
  'GET /forecasts/projects/{id}/versions': INTERNAL,
  'GET /forecasts/projects/{id}/versions/{version}': INTERNAL,
  'POST /forecasts/projects/{id}/recompute': INTERNAL,
  'GET /utilisation': INTERNAL,
  'GET /bench': INTERNAL,
  'GET /provisional-projects': INTERNAL,
  'GET /provisional-projects/{id}': INTERNAL,
  'GET /exceptions': INTERNAL,
  'GET /exceptions/{id}': INTERNAL,
  'POST /exceptions/{id}/assign': INTERNAL,
  'POST /exceptions/{id}/notes': INTERNAL,
  'POST /exceptions/{id}/resolve': INTERNAL,
  'POST /exceptions/{id}/dismiss': INTERNAL,
  'POST /exceptions/{id}/retry': [Admin, Finance],
  'POST /exceptions/retries': [Admin, Finance],
  'GET /exceptions/retries/{batchId}': [Admin, Finance],
  'GET /dead-letters': [Admin, Finance],
  'POST /dead-letters/{id}/replay': [Admin, Finance],
};

/** Answered without a token. */
const PUBLIC = ['GET /health/live', 'GET /health/ready'];

/** Without a token too, and only in development: with an identity provider it does not exist. */
const DEVELOPMENT_ONLY = ['POST /dev/tokens'];

const guarded = (operation: Operation) =>
  !PUBLIC.includes(operation.key) && !DEVELOPMENT_ONLY.includes(operation.key);

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

type Operation = { method: 'GET' | 'POST'; path: string; key: string };

type Document = {
  paths: Record<string, Record<string, { parameters?: { name: string }[]; responses: object }>>;
};

const readDocument = async (): Promise<Document> =>
  JSON.parse(await readFile(join(__dirname, '..', '..', 'openapi', 'experience-api.json'), 'utf8'));

function documentedOperations(document: Document): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => {
      const upper = method.toUpperCase() as Operation['method'];
      return { method: upper, path, key: `${upper} ${path}` };
    }),
  );
}

describe('who may call the experience API (the whole gateway, RS256 user tokens from a JWKS)', () => {
  let bed: ExperienceTestBed;
  let idp: TestIdentityProvider;
  let document: Document;
  let operations: Operation[];

  beforeAll(async () => {
    idp = await TestIdentityProvider.start();
    bed = await ExperienceTestBed.start({ identityProvider: idp });
    document = await readDocument();
    operations = documentedOperations(document);
  }, 180_000);

  // closing waits for the jobs the process apps' workers hold
  afterAll(async () => {
    await bed?.close();
    await idp?.close();
  }, 120_000);

  /** The operation called with made-up ids and an empty body: a check of access, not of work. */
  const call = (operation: Operation, token?: string) => {
    const path = operation.path.replace(/\{[^}]+\}/g, () => randomUUID());
    const pending = bed.api(operation.method === 'GET' ? 'get' : 'post', path, token);
    return operation.method === 'POST' ? pending.send({}) : pending;
  };

  const userToken = (role: Role) =>
    bed.token(role, role === Partner ? { partnerId: 'PARTNER-ALPHA' } : {});

  it('names every documented operation, and only those', () => {
    const documented = operations.map((operation) => operation.key).sort();
    expect(documented).toEqual([...Object.keys(ALLOWED), ...PUBLIC, ...DEVELOPMENT_ONLY].sort());
  });

  it('documents the throttle answer (429 with Retry-After) on every route it guards', () => {
    for (const operation of operations.filter(guarded)) {
      const { responses } = document.paths[operation.path][operation.method.toLowerCase()] as {
        responses: Record<string, { headers?: object }>;
      };
      expect({
        operation: operation.key,
        headers: Object.keys(responses['429']?.headers ?? {}),
      }).toEqual({
        operation: operation.key,
        headers: expect.arrayContaining(['Retry-After', 'RateLimit-Remaining']),
      });
    }
  });

  it('declares Idempotency-Key on every POST', () => {
    for (const operation of operations.filter((o) => o.method === 'POST')) {
      const parameters = document.paths[operation.path].post.parameters ?? [];
      expect({
        operation: operation.key,
        header: parameters.some((p) => p.name === 'Idempotency-Key'),
      }).toEqual({ operation: operation.key, header: true });
    }
  });

  it.each([Admin, Finance, Delivery, Partner])(
    'lets %s into its routes and answers 403 problem+json on the others',
    async (role) => {
      const token = userToken(role);
      for (const operation of operations.filter(guarded)) {
        const answer = await call(operation, token);
        const allowed = ALLOWED[operation.key].includes(role);
        const seen = { operation: operation.key, status: answer.status };
        if (allowed) {
          expect(seen.status).not.toBe(401);
          expect(seen.status).not.toBe(403);
          // junk ids and empty bodies are the caller's mistake, never the gateway's
          expect(seen.status).toBeLessThan(500);
        } else {
          expect(seen).toEqual({ operation: operation.key, status: 403 });
          expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(answer.body).toMatchObject({ status: 403, code: 'FORBIDDEN' });
        }
      }
    },
  );

  it("answers 403 to the gateway's own service credentials, even a service token claiming admin", async () => {
    const config = readSecurityConfig(bed.app.get(ConfigService));
    const service = signServiceToken(config, { subject: 'process-time', ttlSeconds: 60 });
    const claimingAdmin = sign(
      { sub: 'process-time', roles: ['admin', 'service'] },
      config.AUTH_SERVICE_TOKEN_SECRET!,
      {
        algorithm: 'HS256',
        issuer: config.AUTH_SERVICE_TOKEN_ISSUER,
        audience: config.AUTH_JWT_AUDIENCE,
        expiresIn: 60,
      },
    );
    for (const operation of operations.filter(guarded))
      for (const token of [service, claimingAdmin])
        expect({ operation: operation.key, status: (await call(operation, token)).status }).toEqual(
          { operation: operation.key, status: 403 },
        );
  });

  it('answers 401 problem+json without a token and to every kind of bad token', async () => {
    const subject = { subject: 'mallory', roles: [Admin], ttlSeconds: 300 };
    const [header, payload] = idp.token(subject).split('.');
    const unsigned = (alg: string) =>
      `${Buffer.from(JSON.stringify({ ...decode(header), alg })).toString('base64url')}.${payload}.`;
    const development = parseConfig(jwtConfigShape, { NODE_ENV: 'test' }, securityDevSecrets);
    const refused: Record<string, string | undefined> = {
      'no token': undefined,
      'alg none': unsigned('none'),
      'a key the identity provider never published': idp.token(subject, { impostor: true }),
      'another issuer': idp.token(subject, { issuer: 'https://idp.elsewhere.example' }),
      'another audience': idp.token(subject, { audience: 'some-other-api' }),
      expired: idp.token({ ...subject, ttlSeconds: -120 }),
      'the development secret (HS256)': signAccessToken(development, subject),
    };
    for (const operation of operations.filter(guarded))
      for (const [kind, token] of Object.entries(refused)) {
        const answer = await call(operation, token);
        expect({ operation: operation.key, kind, status: answer.status }).toEqual({
          operation: operation.key,
          kind,
          status: 401,
        });
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
  });

  it('does not offer the development sign-in while user tokens come from the identity provider', async () => {
    const answer = await bed.api('post', '/dev/tokens').send({ role: Admin, subject: 'mallory' });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body.token).toBeUndefined();
  });

  it('answers the health probes without a token', async () => {
    for (const key of PUBLIC) {
      const operation = operations.find((o) => o.key === key)!;
      expect((await call(operation)).status).toBe(200);
    }
  });
});
