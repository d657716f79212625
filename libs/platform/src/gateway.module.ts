import { DynamicModule, Module, Type } from '@nestjs/common';
import { z } from 'zod';
import { MessagingModule, RedisReadiness, messagingConfigShape } from '@p2c/messaging';
import type { ReadinessCheck } from '@p2c/observability';
import { PersistenceModule, PostgresReadiness, persistenceConfigShape } from '@p2c/persistence';
import {
  IdempotencyModule,
  SecurityModule,
  securityConfigShape,
  securityDevSecrets,
} from '@p2c/security';
import { ConfigShape, baseConfigShape } from './config/parse-config';
import { GATEWAY_APPS, GatewayAppName } from './gateway-apps';
import { PlatformModule, PlatformOptions } from './platform.module';

export interface GatewayModuleOptions {
  app: Exclude<GatewayAppName, 'vendor-sandbox'>;
  /** variables of the app's own on top of the shared ones */
  config?: ConfigShape;
  devSecrets?: Record<string, string>;
  env?: Record<string, string>;
  logDestination?: PlatformOptions['logDestination'];
  /** what `/health/ready` checks besides Postgres and Redis (e.g. vendor circuits) */
  readiness?: Type<ReadinessCheck>[];
}

export function portShape(app: GatewayAppName) {
  return { PORT: z.coerce.number().int().min(0).max(65535).default(GATEWAY_APPS[app].port) };
}

/** Every variable a gateway app reads: the shared ones and, on top, the app's own. */
export function gatewayConfigShape(
  app: GatewayModuleOptions['app'],
  config: ConfigShape = {},
): ConfigShape {
  return {
    ...baseConfigShape,
    ...portShape(app),
    ...persistenceConfigShape(app),
    ...messagingConfigShape,
    ...securityConfigShape,
    ...config,
  };
}

/**
 * The platform, Postgres, Redis and security (every endpoint needs a JWT unless `@Public()`;
 * `@Idempotent()` available): what every gateway app (all but the sandbox) stands on.
 */
@Module({})
export class GatewayModule {
  static forRoot(options: GatewayModuleOptions): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        PlatformModule.forRoot({
          app: options.app,
          config: gatewayConfigShape(options.app, options.config),
          devSecrets: { ...securityDevSecrets, ...options.devSecrets },
          env: options.env,
          logDestination: options.logDestination,
          readiness: [PostgresReadiness, RedisReadiness, ...(options.readiness ?? [])],
        }),
        PersistenceModule.forRoot(options.app),
        MessagingModule.forRoot(options.app),
        SecurityModule.forRoot(),
        IdempotencyModule.forRoot(),
      ],
    };
  }
}
