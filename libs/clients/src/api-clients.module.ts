import { DynamicModule, FactoryProvider, Inject, Module, Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { GatewayAppName } from '@p2c/platform';
import { readSecurityConfig } from '@p2c/security';
import { createApiClient } from './api-client';
import { apiUrlVariable } from './api-clients-config';
import type { ClientApp } from './client-apps';
import { TokenProvider, serviceTokenProvider } from './service-token';

/** The TokenProvider every client of the module calls for its bearer token. */
export const SERVICE_TOKEN_PROVIDER = Symbol('SERVICE_TOKEN_PROVIDER');

export const apiClientToken = (app: ClientApp) => `P2C_API_CLIENT:${app}`;

/** `constructor(@InjectApiClient('system-hcm') private readonly hcm: ApiClient<'system-hcm'>)` */
export const InjectApiClient = (app: ClientApp) => Inject(apiClientToken(app));

export interface ApiClientsModuleOptions {
  /** the calling app: the subject of its service tokens */
  caller: GatewayAppName;
  /** the apps it calls (their URLs come from `apiClientsConfigShapeFor(apps)` in its config) */
  apps: readonly ClientApp[];
  /**
   * Where tokens come from instead of minting them with the service secret
   * (`AUTH_SERVICE_TOKEN_SECRET`), e.g. a client-credentials grant at an identity provider.
   */
  tokenProvider?: Omit<FactoryProvider<TokenProvider>, 'provide'>;
}

/**
 * One typed client per app called, built from config, all sharing one service token provider
 * (service tokens minted with the service secret, naming the request's acting user, unless
 * `tokenProvider` says otherwise). Global.
 */
@Module({})
export class ApiClientsModule {
  static forRoot(options: ApiClientsModuleOptions): DynamicModule {
    const apps = [...new Set(options.apps)];
    const tokens: Provider = options.tokenProvider
      ? { provide: SERVICE_TOKEN_PROVIDER, ...options.tokenProvider }
      : {
          provide: SERVICE_TOKEN_PROVIDER,
          inject: [ConfigService],
          useFactory: (config: ConfigService): TokenProvider =>
            serviceTokenProvider(readSecurityConfig(config), {
              subject: options.caller,
              ttlSeconds: config.getOrThrow<number>('SERVICE_TOKEN_TTL_SECONDS'),
            }),
        };
    const clients: Provider[] = apps.map((app) => ({
      provide: apiClientToken(app),
      inject: [ConfigService, SERVICE_TOKEN_PROVIDER],
      useFactory: (config: ConfigService, token: TokenProvider) =>
        createApiClient(app, {
          baseUrl: config.getOrThrow<string>(apiUrlVariable(app)),
          token,
          timeoutMs: config.getOrThrow<number>('API_CLIENT_TIMEOUT_MS'),
        }),
    }));
    return {
      module: ApiClientsModule,
      global: true,
      providers: [tokens, ...clients],
      exports: [SERVICE_TOKEN_PROVIDER, ...apps.map(apiClientToken)],
    };
  }
}
