import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Type } from '@nestjs/common';
import request from 'supertest';
import { ExperienceClient, createExperienceClient } from '@p2c-gateway/experience-client';
import { createRedisConnection } from '@p2c/messaging';
import { GatewayAppName, createHttpApp } from '@p2c/platform';
import { Role } from '@p2c/security';
import { SystemTier, SystemTierOptions, TestIdentityProvider } from '@p2c/testbed';
import { TEST_REDIS_URL, deleteKeysWithPrefix, waitFor } from '@p2c/testing';
import { CallOptions, call } from '@p2c/vendor-sandbox/testing/vendor-http';
// Test-only: the experience API composes the process tier, so its tests run every process app.
import { FAST_PROCESS_BILLING } from '@p2c/apps/process-billing/src/testing/billing-test-bed';
import { ProcessBillingModule } from '@p2c/apps/process-billing/src/process-billing.module';
import { FAST_PROCESS_FORECAST } from '@p2c/apps/process-forecast/src/testing/forecast-test-bed';
import { ProcessForecastModule } from '@p2c/apps/process-forecast/src/process-forecast.module';
import { QUICK_FLOW } from '@p2c/apps/process-onboarding/src/testing/onboarding-test-bed';
import { ProcessOnboardingModule } from '@p2c/apps/process-onboarding/src/process-onboarding.module';
import { ACTIVE_DEALS, STOPPED_DEAL } from '@p2c/apps/process-time/src/testing/northwind-projects';
import {
  FAST_PROCESS_TIME,
  FAST_SYSTEM_TIER,
} from '@p2c/apps/process-time/src/testing/time-test-bed';
import { ProcessTimeModule } from '@p2c/apps/process-time/src/process-time.module';
import { ExperienceApiModule } from '../experience-api.module';

type ProcessApp = 'process-onboarding' | 'process-time' | 'process-billing' | 'process-forecast';

export interface ExperienceTestBedOptions {
  /** the sandbox's world (default: quiet Northwind) */
  scenario?: SystemTierOptions['scenario'];
  /** values for the experience API */
  env?: Record<string, string>;
  /** values for every process app */
  processEnv?: Record<string, string>;
  /** user tokens from this identity provider (RS256 from its JWKS), verified so by every app */
  identityProvider?: TestIdentityProvider;
}

/** Limits no test reaches unless it means to (the throttling tests set their own). */
const ROOMY_THROTTLE_TIERS = JSON.stringify({
  partnerStandard: { limit: 100_000, ttlSeconds: 60 },
  partnerPremium: { limit: 100_000, ttlSeconds: 60 },
  internal: { limit: 100_000, ttlSeconds: 60 },
  anonymous: { limit: 100_000, ttlSeconds: 60 },
});

/** A development user token for the bed's apps. */
export interface TokenOptions {
  subject?: string;
  partnerId?: string;
  ttlSeconds?: number;
}

const PROCESS_MODULES: Record<
  ProcessApp,
  { module: { with(options: { env: Record<string, string> }): Type<unknown> }; env: object }
> = {
  'process-onboarding': { module: ProcessOnboardingModule, env: QUICK_FLOW },
  'process-time': { module: ProcessTimeModule, env: FAST_PROCESS_TIME },
  'process-billing': { module: ProcessBillingModule, env: FAST_PROCESS_BILLING },
  'process-forecast': { module: ProcessForecastModule, env: FAST_PROCESS_FORECAST },
};

const urlVariable = (app: string) => `${app.toUpperCase().replace(/-/g, '_')}_URL`;

/**
 * The whole gateway on loopback ports: the sandbox, the four system APIs, the four process apps
 * (API and workers; Northwind's closed-won deals onboarded by process-onboarding itself, waited
 * for; the forecast on the scenario's date) and the experience API, on one test database and
 * Redis prefix, with system-psa subscribed to the sandbox PSA's webhooks. Close it in afterAll.
 */
export class ExperienceTestBed {
  private constructor(
    readonly tier: SystemTier,
    readonly processes: Record<ProcessApp, NestFastifyApplication>,
    readonly app: NestFastifyApplication,
    /** what the experience API runs with (for a second instance of it) */
    readonly env: Record<string, string>,
  ) {}

  static async start(options: ExperienceTestBedOptions = {}): Promise<ExperienceTestBed> {
    const tier = await SystemTier.start({
      scenario: options.scenario,
      env: FAST_SYSTEM_TIER,
      identityProvider: options.identityProvider,
    });
    const processes = {} as Record<ProcessApp, NestFastifyApplication>;
    // the forecast's world is the scenario's date, as `npm start` sets it
    const worldDate: Record<string, string> = options.scenario
      ? { FORECAST_AS_OF: options.scenario.asOf }
      : {};
    try {
      const urls: Record<string, string> = {};
      for (const name of Object.keys(PROCESS_MODULES) as ProcessApp[]) {
        const { module, env } = PROCESS_MODULES[name];
        const app = await listen(
          module.with({
            env: { ...tier.env, ...env, ...worldDate, ...urls, ...options.processEnv },
          }),
          name,
        );
        processes[name] = app;
        urls[urlVariable(name)] = urlOf(app);
      }
      const env = {
        ...tier.env,
        LOG_LEVEL: 'silent',
        THROTTLE_TIERS: ROOMY_THROTTLE_TIERS,
        ...urls,
        ...options.env,
      };
      const app = await listen(ExperienceApiModule.with({ env }), 'experience-api');
      const bed = new ExperienceTestBed(tier, processes, app, env);
      await bed.admin('/psa/webhooks', {
        body: { url: `${tier.env.SYSTEM_PSA_URL}/webhooks/psa` },
      });
      await bed.onboarded();
      return bed;
    } catch (error) {
      await Promise.allSettled(Object.values(processes).map((app) => app.close()));
      await tier.close();
      throw error;
    }
  }

  /** The experience API's base URL. */
  get url(): string {
    return urlOf(this.app);
  }

  /** `PROCESS_TIME_URL` and its siblings: where the process apps listen. */
  get processUrls(): Record<string, string> {
    return Object.fromEntries(
      Object.entries(this.processes).map(([name, app]) => [urlVariable(name), urlOf(app)]),
    );
  }

  /** A user token of the bed's identity provider (the development key unless one was given). */
  token(roles: Role | Role[], options: TokenOptions = {}): string {
    const list = Array.isArray(roles) ? roles : [roles];
    return this.tier.userToken({
      subject: options.subject ?? `${list[0]}-user`,
      roles: list,
      partnerId: options.partnerId,
      ttlSeconds: options.ttlSeconds ?? 600,
    });
  }

  /** The partner client package, calling the experience API with this bearer token. */
  client(token: string): ExperienceClient {
    return createExperienceClient({ baseUrl: this.url, token });
  }

  /** A request to the experience API, with this bearer token (none when left out). */
  api(method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, token?: string) {
    const pending = request(this.url)[method](path);
    return token === undefined ? pending : pending.set('authorization', `Bearer ${token}`);
  }

  /** The sandbox's admin API (throws on an error answer). */
  async admin<T = unknown>(path: string, options: CallOptions = {}): Promise<T> {
    const answer = await call<T>(this.tier.sandbox.url, `/__sandbox${path}`, 'admin', options);
    if (answer.status >= 300)
      throw new Error(
        `${options.method ?? 'GET'} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    return answer.body;
  }

  /** A process app's API, called as an admin (what the experience API builds on). */
  process(app: ProcessApp, method: 'get' | 'post', path: string) {
    const pending = request(urlOf(this.processes[app]))[method](path);
    return pending.set('authorization', `Bearer ${this.token(Role.Admin)}`);
  }

  /**
   * Waits until onboarding has taken every closed-won Northwind deal as far as it goes: the
   * active ones completed, Litware blocked on its cost centre.
   */
  private async onboarded(): Promise<void> {
    await waitFor(
      async () => {
        const page = await this.process('process-onboarding', 'get', '/onboardings?limit=100');
        const items = (page.body.items ?? []) as { opportunityCrmId: string; status: string }[];
        const statusOf = (crmId: string) => items.find((o) => o.opportunityCrmId === crmId)?.status;
        const done =
          ACTIVE_DEALS.every((crmId) => statusOf(crmId) === 'COMPLETED') &&
          statusOf(STOPPED_DEAL) === 'BLOCKED';
        if (!done) throw new Error(`onboardings: ${JSON.stringify(items.map((o) => o.status))}`);
        return done;
      },
      { timeoutMs: 90_000, intervalMs: 250, what: "onboarding of Northwind's closed-won deals" },
    );
  }

  async close(): Promise<void> {
    await this.app.close();
    await Promise.allSettled(Object.values(this.processes).map((app) => app.close()));
    const redis = createRedisConnection(TEST_REDIS_URL, 'worker', 'experience-test');
    await deleteKeysWithPrefix(redis, this.tier.env.REDIS_PREFIX);
    redis.disconnect();
    await this.tier.close();
  }
}

async function listen(
  module: Type<unknown>,
  name: GatewayAppName,
): Promise<NestFastifyApplication> {
  const app = await createHttpApp(module, name);
  await app.listen(0, '127.0.0.1');
  return app;
}

function urlOf(app: NestFastifyApplication): string {
  const { port } = app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${port}`;
}
