import { ConfigService } from '@nestjs/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createHttpApp } from '@p2c/platform';
import { Role, readSecurityConfig, signAccessToken } from '@p2c/security';
import { TestDatabase, createTestDatabase, testRedisPrefix } from '@p2c/testing';
import { RunningSandbox, startSandbox } from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import { HttpAnswer, call } from '@p2c/vendor-sandbox/testing/vendor-http';
import { SystemPsaModule } from '../system-psa.module';
import { AnswerDroppingProxy } from './answer-dropping-proxy';

export type PsaRecord = Record<string, unknown> & { id: string };

/** The PSA's behaviour in the sandbox (`PUT /__sandbox/faults`; a field left out is off). */
export interface PsaFaults {
  errorRate?: number;
  timeoutRate?: number;
  latencyMs?: number;
  rateLimit?: { perSecond?: number; concurrency?: number };
}

export interface PsaTestBedOptions {
  /** config of the system API over the test defaults */
  env?: Record<string, string>;
  /** put a proxy that can lose answers between the system API and the sandbox */
  proxy?: boolean;
}

/**
 * system-psa against a sandbox of its own (quiet Northwind), on a database and Redis prefix of
 * its own, listening on a free port (so the sandbox can deliver webhooks to it), with short retry
 * delays so fault tests run in seconds. Close it in afterAll.
 */
export class PsaTestBed {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly url: string,
    readonly sandbox: RunningSandbox,
    readonly database: TestDatabase,
    readonly token: string,
    readonly proxy?: AnswerDroppingProxy,
  ) {}

  static async start(options: PsaTestBedOptions = {}): Promise<PsaTestBed> {
    const sandbox = await startSandbox();
    const proxy = options.proxy ? await new AnswerDroppingProxy(sandbox.url).start() : undefined;
    const database = await createTestDatabase();
    try {
      const module = SystemPsaModule.with({
        env: {
          DATABASE_URL: database.url,
          REDIS_PREFIX: testRedisPrefix(),
          LOG_LEVEL: 'silent',
          PSA_BASE_URL: `${proxy?.url ?? sandbox.url}/psa/api/v1`,
          PSA_TIMEOUT_MS: '3000',
          PSA_RATE_PER_SECOND: '0',
          PSA_MAX_RETRIES: '6',
          VENDOR_RETRY_BASE_DELAY_MS: '5',
          VENDOR_RETRY_MAX_DELAY_MS: '40',
          VENDOR_BREAKER_THRESHOLD: '50',
          PSA_CREATE_RELOOK_DELAY_MS: '20',
          ...options.env,
        },
      });
      const app = await createHttpApp(module, 'system-psa');
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as { port: number };
      const token = signAccessToken(readSecurityConfig(app.get(ConfigService)), {
        subject: 'process-tier',
        roles: [Role.Service],
        ttlSeconds: 600,
      });
      return new PsaTestBed(app, `http://127.0.0.1:${port}`, sandbox, database, token, proxy);
    } catch (error) {
      await proxy?.close();
      await sandbox.close();
      await database.drop();
      throw error;
    }
  }

  get(path: string, token = this.token): request.Test {
    return request(this.app.getHttpServer()).get(path).set('authorization', `Bearer ${token}`);
  }

  post(path: string, body: object = {}): request.Test {
    return this.send('post', path, body);
  }

  put(path: string, body: object): request.Test {
    return this.send('put', path, body);
  }

  patch(path: string, body: object): request.Test {
    return this.send('patch', path, body);
  }

  /** The PSA's own API, as another integration would call it. */
  vendor<T = unknown>(method: string, path: string, body?: unknown): Promise<HttpAnswer<T>> {
    return call<T>(this.sandbox.url, `/psa/api/v1/${path}`, 'psa', { method, body });
  }

  /** The sandbox's admin API. */
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<HttpAnswer<T>> {
    return call<T>(this.sandbox.url, path, 'admin', { method, body });
  }

  async faults(faults: PsaFaults): Promise<void> {
    const answer = await this.admin('PUT', '/__sandbox/faults', { system: 'psa', ...faults });
    if (answer.status !== 200) throw new Error(`faults answered ${answer.status}`);
  }

  /** What the PSA holds in a collection, filtered on top-level fields (as text). */
  async records(collection: string, filters: Record<string, string> = {}): Promise<PsaRecord[]> {
    const query = new URLSearchParams({ limit: '200000', ...filters });
    const answer = await this.admin<{ items: PsaRecord[] }>(
      'GET',
      `/__sandbox/state/psa/${collection}?${query}`,
    );
    if (answer.status !== 200) throw new Error(`state answered ${answer.status}`);
    return answer.body.items;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.proxy?.close();
    await this.sandbox.close();
    await this.database.drop();
  }

  private send(method: 'post' | 'put' | 'patch', path: string, body: object): request.Test {
    const server = request(this.app.getHttpServer());
    const call =
      method === 'post'
        ? server.post(path)
        : method === 'put'
          ? server.put(path)
          : server.patch(path);
    return call.set('authorization', `Bearer ${this.token}`).send(body);
  }
}
