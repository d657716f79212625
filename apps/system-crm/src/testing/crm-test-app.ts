import { ConfigService } from '@nestjs/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createHttpApp } from '@p2c/platform';
import { Role, readSecurityConfig, signAccessToken } from '@p2c/security';
import { testRedisPrefix } from '@p2c/testing';
import { SystemCrmModule } from '../system-crm.module';

export interface CrmTestApp {
  app: NestFastifyApplication;
  /** supertest with a service token */
  get(path: string): request.Test;
  put(path: string, body: object): request.Test;
  token(roles?: Role[]): string;
  close(): Promise<void>;
}

/**
 * system-crm on the given database, talking to the sandbox at `sandboxUrl`, with retries and
 * backoff short enough for tests. `env` overrides any variable.
 */
export async function startCrmTestApp(
  sandboxUrl: string,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<CrmTestApp> {
  const app = await createHttpApp(
    SystemCrmModule.with({
      env: {
        LOG_LEVEL: 'silent',
        DATABASE_URL: databaseUrl,
        REDIS_PREFIX: testRedisPrefix(),
        CRM_BASE_URL: `${sandboxUrl}/crm/services/data/v60.0`,
        CRM_RATE_PER_SECOND: '0',
        VENDOR_RETRY_BASE_DELAY_MS: '5',
        VENDOR_RETRY_MAX_DELAY_MS: '50',
        ...env,
      },
    }),
    'system-crm',
  );
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const token = (roles = [Role.Service]) =>
    signAccessToken(readSecurityConfig(app.get(ConfigService)), {
      subject: 'system-crm-test',
      roles,
      ttlSeconds: 600,
    });
  const serviceToken = token();
  return {
    app,
    get: (path) =>
      request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${serviceToken}`),
    put: (path, body) =>
      request(app.getHttpServer())
        .put(path)
        .set('Authorization', `Bearer ${serviceToken}`)
        .send(body),
    token,
    close: () => app.close(),
  };
}
