import { ConfigService } from '@nestjs/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createHttpApp } from '@p2c/platform';
import { Role, readSecurityConfig, signAccessToken } from '@p2c/security';
import { TestDatabase, createTestDatabase, testRedisPrefix } from '@p2c/testing';
import { RunningSandbox, startSandbox } from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import { HttpAnswer, call } from '@p2c/vendor-sandbox/testing/vendor-http';
import { SystemErpModule } from '../system-erp.module';

export type SandboxRecord = Record<string, unknown> & { id: string };

/** The ERP's behaviour in the sandbox (`PUT /__sandbox/faults`; a field left out is off). */
export interface ErpFaults {
  errorRate?: number;
  timeoutRate?: number;
  latencyMs?: number;
  rateLimit?: { perSecond?: number; concurrency?: number };
}

/**
 * The ERP system API against a sandbox of its own (quiet Northwind), on a database and Redis
 * prefix of its own, with short retry delays so fault tests run in seconds. Close it in afterAll.
 */
export class ErpTestBed {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly sandbox: RunningSandbox,
    private readonly database: TestDatabase,
    private readonly env: Record<string, string>,
    readonly token: string,
  ) {}

  static async start(
    env: Record<string, string> = {},
    sandboxEnv: Record<string, string> = {},
  ): Promise<ErpTestBed> {
    const sandbox = await startSandbox(undefined, { env: sandboxEnv });
    const database = await createTestDatabase();
    try {
      const appEnv = {
        DATABASE_URL: database.url,
        REDIS_PREFIX: testRedisPrefix(),
        LOG_LEVEL: 'silent',
        ERP_BASE_URL: `${sandbox.url}/erp/services/rest`,
        ERP_TIMEOUT_MS: '2000',
        ERP_RATE_PER_SECOND: '0',
        VENDOR_RETRY_BASE_DELAY_MS: '5',
        VENDOR_RETRY_MAX_DELAY_MS: '40',
        ...env,
      };
      const app = await startApp(appEnv);
      const token = signAccessToken(readSecurityConfig(app.get(ConfigService)), {
        subject: 'process-tier',
        roles: [Role.Service],
        ttlSeconds: 600,
      });
      return new ErpTestBed(app, sandbox, database, appEnv, token);
    } catch (error) {
      await sandbox.close();
      await database.drop();
      throw error;
    }
  }

  /** A second instance of the app on the same sandbox and database, with other settings. */
  anotherApp(env: Record<string, string>): Promise<NestFastifyApplication> {
    return startApp({ ...this.env, ...env });
  }

  get(path: string, token = this.token): request.Test {
    return request(this.app.getHttpServer()).get(path).set('authorization', `Bearer ${token}`);
  }

  put(path: string, body: object): request.Test {
    return request(this.app.getHttpServer())
      .put(path)
      .set('authorization', `Bearer ${this.token}`)
      .send(body);
  }

  post(path: string, body: object = {}): request.Test {
    return request(this.app.getHttpServer())
      .post(path)
      .set('authorization', `Bearer ${this.token}`)
      .send(body);
  }

  /** The sandbox's admin API. */
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<HttpAnswer<T>> {
    return call<T>(this.sandbox.url, path, 'admin', { method, body });
  }

  async faults(faults: ErpFaults): Promise<void> {
    const answer = await this.admin('PUT', '/__sandbox/faults', { system: 'erp', ...faults });
    if (answer.status !== 200) throw new Error(`faults answered ${answer.status}`);
  }

  /** What the ERP holds in a collection, filtered on top-level fields (as text). */
  async erpRecords(
    collection: string,
    filters: Record<string, string> = {},
  ): Promise<SandboxRecord[]> {
    const query = new URLSearchParams({ limit: '100000', ...filters });
    const answer = await this.admin<{ items: SandboxRecord[] }>(
      'GET',
      `/__sandbox/state/erp/${collection}?${query}`,
    );
    if (answer.status !== 200) throw new Error(`state answered ${answer.status}`);
    return answer.body.items;
  }

  async addErpRecord(collection: string, record: object): Promise<SandboxRecord> {
    const answer = await this.admin<SandboxRecord>(
      'POST',
      `/__sandbox/state/erp/${collection}`,
      record,
    );
    if (answer.status !== 201) throw new Error(`state answered ${answer.status}`);
    return answer.body;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.sandbox.close();
    await this.database.drop();
  }
}

async function startApp(env: Record<string, string>): Promise<NestFastifyApplication> {
  const app = await createHttpApp(SystemErpModule.with({ env }), 'system-erp');
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
