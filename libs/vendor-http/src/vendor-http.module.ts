import { DynamicModule, Inject, Module, OnApplicationShutdown, Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { VENDOR_HTTP_CLIENTS, vendorClientToken } from './vendor-client.token';
import {
  VendorHttpConfig,
  vendorHttpConfigShapeFor,
  vendorHttpSettings,
} from './vendor-http-config';
import { VendorHttpClient } from './vendor-http.client';
import type { VendorName } from './vendor-name';

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
 * One VendorHttpClient per vendor the app talks to, built from config and closed on shutdown.
 * Global, so an app's readiness checks (VendorCircuitReadiness) can see the clients.
 */
@Module({})
export class VendorHttpModule implements OnApplicationShutdown {
  constructor(@Inject(VENDOR_HTTP_CLIENTS) private readonly clients: VendorHttpClient[]) {}

  static forRoot(vendors: readonly VendorName[]): DynamicModule {
    const tokens = [...new Set(vendors)].map(vendorClientToken);
    const clients: Provider[] = [...new Set(vendors)].map((vendor) => ({
      provide: vendorClientToken(vendor),
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        new VendorHttpClient(vendorHttpSettings(vendor, readVendorHttpConfig(vendor, config))),
    }));
    return {
      module: VendorHttpModule,
      global: true,
      providers: [
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
  }
}
