import { DynamicModule, Module, Type } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { sign } from 'jsonwebtoken';
import { persistenceConfigShape } from '@p2c/persistence';
import { PlatformModule, baseConfigShape, createHttpApp, parseConfig } from '@p2c/platform';
import { SecurityConfig, securityConfigShape, securityDevSecrets } from '../security-config';
import { SecurityModule } from '../security.module';

export interface SecurityTestAppOptions {
  controllers: Type<unknown>[];
  imports?: (Type<unknown> | DynamicModule)[];
  /** values over the development defaults (e.g. another JWT key kind) */
  env?: Record<string, string>;
}

/** A small app with the platform, the security module and the given controllers, ready for supertest. */
export async function createSecurityTestApp(
  options: SecurityTestAppOptions,
): Promise<NestFastifyApplication> {
  @Module({
    imports: [
      PlatformModule.forRoot({
        app: 'security-test',
        config: {
          ...baseConfigShape,
          ...persistenceConfigShape('experience-api'),
          ...securityConfigShape,
        },
        devSecrets: securityDevSecrets,
        env: { LOG_LEVEL: 'silent', ...options.env },
      }),
      SecurityModule.forRoot(),
      ...(options.imports ?? []),
    ],
    controllers: options.controllers,
  })
  class SecurityTestModule {}

  const app = await createHttpApp(SecurityTestModule, 'experience-api');
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** The development configuration the test apps run with. */
export function devSecurityConfig(): SecurityConfig {
  return parseConfig(securityConfigShape, { NODE_ENV: 'test' }, securityDevSecrets);
}

/** An HS256 token for the development configuration; `claims` and `options` override the defaults. */
export function devToken(
  claims: Record<string, unknown> = {},
  options: { expiresIn?: number; notBefore?: number; issuer?: string; audience?: string } = {},
): string {
  const config = devSecurityConfig();
  return sign({ sub: 'user-1', roles: ['admin'], ...claims }, config.AUTH_JWT_SECRET ?? '', {
    algorithm: 'HS256',
    issuer: config.AUTH_JWT_ISSUER,
    audience: config.AUTH_JWT_AUDIENCE,
    expiresIn: 300,
    ...options,
  });
}
