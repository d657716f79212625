import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createRedisConnection } from '@p2c/messaging';
import { createHttpApp } from '@p2c/platform';
import { Onboarding, OnboardingStep, appDatabaseUrl, dataSourceOptions } from '@p2c/persistence';
import { Role } from '@p2c/security';
import { SystemTier, SystemTierOptions } from '@p2c/testbed';
import { TEST_REDIS_URL, deleteKeysWithPrefix, waitFor } from '@p2c/testing';
import { call } from '@p2c/vendor-sandbox/testing/vendor-http';
import { ProcessOnboardingModule } from '../process-onboarding.module';

export type SandboxRecord = Record<string, unknown> & { id: string };

/** Settings that keep the flow quick in tests: frequent polls, short backoff, leases and sweeps. */
export const QUICK_FLOW: Record<string, string> = {
  ONBOARDING_POLL_INTERVAL_MS: '250',
  OUTBOX_RELAY_INTERVAL_MS: '50',
  ONBOARDING_RETRY_BASE_MS: '200',
  ONBOARDING_RETRY_MAX_MS: '1000',
  ONBOARDING_STEP_MAX_ATTEMPTS: '6',
  ONBOARDING_STEP_LEASE_MS: '3000',
  ONBOARDING_SWEEP_INTERVAL_MS: '500',
};

/**
 * process-onboarding (API and workers) in front of the real system tier and sandbox (quiet
 * Northwind), sharing their database and Redis prefix, plus what its tests read: the vendors'
 * state in the sandbox and the onboardings in Postgres. Close it in afterAll.
 */
export class OnboardingTestBed {
  private constructor(
    readonly tier: SystemTier,
    readonly app: NestFastifyApplication | undefined,
    readonly database: DataSource,
    readonly token: string,
  ) {}

  static async start(
    options: { tier?: SystemTierOptions; env?: Record<string, string>; withApp?: boolean } = {},
  ): Promise<OnboardingTestBed> {
    // a vendor circuit opened by a fault test closes again soon after the fault is lifted
    const tier = await SystemTier.start({
      ...options.tier,
      env: { VENDOR_BREAKER_HALF_OPEN_AFTER_MS: '300', ...options.tier?.env },
    });
    let app: NestFastifyApplication | undefined;
    try {
      const database = await new DataSource(
        dataSourceOptions(
          'process-onboarding',
          appDatabaseUrl('process-onboarding', tier.env),
          'onboarding-test',
        ),
      ).initialize();
      if (options.withApp !== false) {
        app = await createHttpApp(
          ProcessOnboardingModule.with({ env: { ...tier.env, ...QUICK_FLOW, ...options.env } }),
          'process-onboarding',
        );
        await app.init();
        await app.getHttpAdapter().getInstance().ready();
      }
      const token = tier.userToken({
        subject: 'onboarding-test',
        roles: [Role.Admin],
        ttlSeconds: 3600,
      });
      return new OnboardingTestBed(tier, app, database, token);
    } catch (error) {
      await app?.close();
      await tier.close();
      throw error;
    }
  }

  private get server() {
    if (!this.app) throw new Error('this test bed runs no process-onboarding app');
    return this.app.getHttpServer();
  }

  get(path: string, token = this.token): request.Test {
    return request(this.server).get(path).set('authorization', `Bearer ${token}`);
  }

  post(path: string, body?: object, token = this.token): request.Test {
    const sent = request(this.server).post(path).set('authorization', `Bearer ${token}`);
    return body ? sent.send(body) : sent;
  }

  /** A call to a system API of the tier (e.g. `SYSTEM_CRM_URL`), with an admin token. */
  system(url: string, method: 'get' | 'put' | 'delete', path: string): request.Test {
    const agent = request(this.tier.env[url]);
    const sent =
      method === 'get' ? agent.get(path) : method === 'put' ? agent.put(path) : agent.delete(path);
    return sent.set('authorization', `Bearer ${this.token}`);
  }

  /** The sandbox's admin API. */
  async sandbox<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const answer = await call<T>(this.tier.sandbox.url, `/__sandbox${path}`, 'admin', {
      method,
      body,
    });
    if (answer.status >= 300)
      throw new Error(`sandbox ${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** What a vendor holds, e.g. `records('erp', 'job', {externalId: 'prj_…'})`. */
  async records(
    system: 'crm' | 'psa' | 'erp' | 'hcm',
    collection: string,
    filter: Record<string, string> = {},
  ): Promise<SandboxRecord[]> {
    const query = new URLSearchParams({ limit: '1000', ...filter });
    const body = await this.sandbox<{ items?: SandboxRecord[] } | SandboxRecord[]>(
      'GET',
      `/state/${system}/${collection}?${query}`,
    );
    return Array.isArray(body) ? body : (body.items ?? []);
  }

  /** What a salesperson does in the CRM, through its REST API. */
  async inCrm(method: 'POST' | 'PATCH', path: string, body: object): Promise<{ id?: string }> {
    const answer = await call<{ id?: string }>(
      this.tier.sandbox.url,
      `/crm/services/data/v60.0/sobjects/${path}`,
      'crm',
      { method, body },
    );
    if (answer.status >= 300)
      throw new Error(`CRM ${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body ?? {};
  }

  /** Sets a vendor's faults in the sandbox (fields left out are off: `{}` heals it). */
  faults(system: 'crm' | 'psa' | 'erp' | 'hcm', faults: Record<string, unknown>): Promise<unknown> {
    return this.sandbox('PUT', '/faults', { system, ...faults });
  }

  onboardings(): Promise<Onboarding[]> {
    return this.database.getRepository(Onboarding).find({ order: { createdAt: 'ASC' } });
  }

  stepsOf(onboardingId: string): Promise<OnboardingStep[]> {
    return this.database
      .getRepository(OnboardingStep)
      .find({ where: { onboardingId }, order: { position: 'ASC' } });
  }

  onboardingOf(crmId: string): Promise<Onboarding | null> {
    return this.database.getRepository(Onboarding).findOneBy({ opportunityCrmId: crmId });
  }

  /** Waits until the deal's onboarding is in `status`; answers it. */
  waitForStatus(crmId: string, status: Onboarding['status'], timeoutMs = 30_000) {
    return waitFor(
      async () => {
        const onboarding = await this.onboardingOf(crmId);
        return onboarding?.status === status ? onboarding : undefined;
      },
      { timeoutMs, what: `the onboarding of ${crmId} to be ${status}` },
    );
  }

  async close(): Promise<void> {
    await this.app?.close();
    await this.database.destroy();
    const redis = createRedisConnection(TEST_REDIS_URL, 'worker', 'onboarding-test');
    await deleteKeysWithPrefix(redis, this.tier.env.REDIS_PREFIX);
    redis.disconnect();
    await this.tier.close();
  }
}
