import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Type } from '@nestjs/common';
import { GatewayAppName, createHttpApp, parseConfig } from '@p2c/platform';
import {
  AccessTokenRequest,
  jwtConfigShape,
  securityDevSecrets,
  signAccessToken,
} from '@p2c/security';
import { TestDatabase, createTestDatabase, testRedisPrefix } from '@p2c/testing';
// Test-only: the process tier's tests need the real system tier in front of the real sandbox.
import { SystemCrmModule } from '@p2c/apps/system-crm/src/system-crm.module';
import { SystemErpModule } from '@p2c/apps/system-erp/src/system-erp.module';
import { SystemHcmModule } from '@p2c/apps/system-hcm/src/system-hcm.module';
import { SystemPsaModule } from '@p2c/apps/system-psa/src/system-psa.module';
import { Scenario } from '@p2c/vendor-sandbox/scenario/scenario.types';
import { RunningSandbox, startSandbox } from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import type { TestIdentityProvider } from './test-identity-provider';

export type SystemApp = 'system-crm' | 'system-psa' | 'system-erp' | 'system-hcm';

const SYSTEM_MODULES: Record<
  SystemApp,
  { with(options: { env: Record<string, string> }): Type<unknown> }
> = {
  'system-crm': SystemCrmModule,
  'system-psa': SystemPsaModule,
  'system-erp': SystemErpModule,
  'system-hcm': SystemHcmModule,
};

export interface SystemTierOptions {
  /** the sandbox's world (default: quiet Northwind) */
  scenario?: Scenario;
  /** values for every system app (e.g. short retry delays) */
  env?: Record<string, string>;
  /**
   * user tokens come from this identity provider (RS256 from its JWKS) instead of the HS256
   * development secret: every system app, and every app given `env`, verifies them so
   */
  identityProvider?: TestIdentityProvider;
}

/**
 * The vendor sandbox and the four system APIs, each listening on a free loopback port, sharing
 * one test database and Redis prefix: what a process app is pointed at in its tests.
 * `env` holds what the process app needs to reach them (`SYSTEM_ERP_URL`, `DATABASE_URL`, …).
 */
export class SystemTier {
  private constructor(
    readonly sandbox: RunningSandbox,
    readonly apps: Record<SystemApp, NestFastifyApplication>,
    readonly env: Record<string, string>,
    private readonly database: TestDatabase,
    private readonly identityProvider: TestIdentityProvider | undefined,
  ) {}

  static async start(options: SystemTierOptions = {}): Promise<SystemTier> {
    const sandbox = await startSandbox(options.scenario);
    const database = await createTestDatabase();
    const shared: Record<string, string> = {
      DATABASE_URL: database.url,
      REDIS_PREFIX: testRedisPrefix(),
      LOG_LEVEL: 'silent',
      ...options.identityProvider?.env,
    };
    const vendors: Record<string, string> = {
      CRM_BASE_URL: `${sandbox.url}/crm/services/data/v60.0`,
      PSA_BASE_URL: `${sandbox.url}/psa/api/v1`,
      ERP_BASE_URL: `${sandbox.url}/erp/services/rest`,
      HCM_BASE_URL: `${sandbox.url}/hcm`,
      VENDOR_RETRY_BASE_DELAY_MS: '5',
      VENDOR_RETRY_MAX_DELAY_MS: '50',
    };
    const apps = {} as Record<SystemApp, NestFastifyApplication>;
    const env = { ...shared };
    try {
      for (const app of Object.keys(SYSTEM_MODULES) as SystemApp[]) {
        const nest = await createHttpApp(
          SYSTEM_MODULES[app].with({ env: { ...shared, ...vendors, ...options.env } }),
          app as GatewayAppName,
        );
        await nest.listen(0, '127.0.0.1');
        apps[app] = nest;
        const { port } = nest.getHttpServer().address() as { port: number };
        env[`${app.toUpperCase().replace(/-/g, '_')}_URL`] = `http://127.0.0.1:${port}`;
      }
    } catch (error) {
      await Promise.allSettled(Object.values(apps).map((nest) => nest.close()));
      await sandbox.close();
      await database.drop();
      throw error;
    }
    return new SystemTier(sandbox, apps, env, database, options.identityProvider);
  }

  /** A user token the tier's apps accept: from its identity provider, or the development secret. */
  userToken(request: AccessTokenRequest): string {
    if (this.identityProvider) return this.identityProvider.token(request);
    return signAccessToken(
      parseConfig(jwtConfigShape, { NODE_ENV: 'test' }, securityDevSecrets),
      request,
    );
  }

  async close(): Promise<void> {
    await Promise.allSettled(Object.values(this.apps).map((nest) => nest.close()));
    await this.sandbox.close();
    await this.database.drop();
  }
}
