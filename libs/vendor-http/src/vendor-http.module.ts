import { DynamicModule, Inject, Module, OnApplicationShutdown, Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { VENDOR_HTTP_CLIENTS, vendorClientToken } from './vendor-client.token';
import { SharedVendorLimits } from './shared-vendor-limits';
import {
  VendorHttpConfig,
  vendorHttpConfigShapeFor,
  vendorHttpSettings,
} from './vendor-http-config';
import { VendorHttpClient } from './vendor-http.client';
import { VendorLimitsRedis, connectVendorLimitsRedis } from './vendor-limits-redis';
import type { VendorName } from './vendor-name';

const VENDOR_LIMITS_REDIS = Symbol('VENDOR_LIMITS_REDIS');

/** A vendor's variables out of the validated config (PlatformModule parses and coerces them). */
function readVendorHttpConfig<V extends VendorName>(
  vendor: V,
  config: ConfigService,
): VendorHttpConfig<V> {
  return Object.fromEntries(
    Object.keys(vendorHttpConfigShapeFor([vendor])).map((key) => [key, config.getOrThrow(key)]),
  ) as VendorHttpConfig<V>;
}

/**
 * One VendorHttpClient per vendor the app talks to, built from config and closed on shutdown,
 * its limits shared with every replica of the app through Redis (SharedVendorLimits).
 * Global, so an app's readiness checks (VendorCircuitReadiness) can see the clients.
 */
@Module({})
export class VendorHttpModule implements OnApplicationShutdown {
  constructor(
    @Inject(VENDOR_HTTP_CLIENTS) private readonly clients: VendorHttpClient[],
    @Inject(VENDOR_LIMITS_REDIS) private readonly limitsRedis: VendorLimitsRedis,
  ) {}

  static forRoot(vendors: readonly VendorName[]): DynamicModule {
    const tokens = [...new Set(vendors)].map(vendorClientToken);
    const clients: Provider[] = [...new Set(vendors)].map((vendor) => ({
      provide: vendorClientToken(vendor),
      inject: [ConfigService, VENDOR_LIMITS_REDIS],
      useFactory: (config: ConfigService, { settings, redis, subscriber }: VendorLimitsRedis) => {
        const vendorSettings = vendorHttpSettings(vendor, readVendorHttpConfig(vendor, config));
        return new VendorHttpClient(
          vendorSettings,
          new SharedVendorLimits(vendorSettings, { ...settings, redis, subscriber }),
        );
      },
    }));
    return {
      module: VendorHttpModule,
      global: true,
      providers: [
        {
          provide: VENDOR_LIMITS_REDIS,
          inject: [ConfigService],
          useFactory: (config: ConfigService) =>
            connectVendorLimitsRedis({
              redisUrl: config.getOrThrow<string>('REDIS_URL'),
              prefix: config.getOrThrow<string>('REDIS_PREFIX'),
              replicas: config.getOrThrow<number>('VENDOR_REPLICAS'),
              rateLimitedPauseMs: config.getOrThrow<number>('VENDOR_RATE_LIMITED_PAUSE_MS'),
            }),
        },
        ...clients,
        {
          provide: VENDOR_HTTP_CLIENTS,
          inject: tokens,
          useFactory: (...built: VendorHttpClient[]) => built,
        },
      ],
      exports: [...tokens, VENDOR_HTTP_CLIENTS],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.close()));
    this.limitsRedis.redis.disconnect();
    this.limitsRedis.subscriber.disconnect();
  }
}
