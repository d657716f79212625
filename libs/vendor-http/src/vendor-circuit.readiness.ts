import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessCheck } from '@p2c/observability';
import { VENDOR_HTTP_CLIENTS } from './vendor-client.token';
import type { VendorHttpClient } from './vendor-http.client';

/**
 * One `vendor-<name>` entry per vendor client: down while its circuit is open (the vendor failed
 * repeatedly and calls fail fast; with shared limits, whichever replica tripped it), up when
 * closed or probing.
 */
@Injectable()
export class VendorCircuitReadiness implements ReadinessCheck {
  constructor(
    private readonly indicator: HealthIndicatorService,
    @Inject(VENDOR_HTTP_CLIENTS) private readonly clients: VendorHttpClient[],
  ) {}

  async check(): Promise<HealthIndicatorResult> {
    const results = await Promise.all(
      this.clients.map(async (client) => {
        const circuit = await client.circuitState();
        const vendor = this.indicator.check(`vendor-${client.vendor}`);
        return circuit === 'open' || circuit === 'isolated'
          ? vendor.down({ circuit })
          : vendor.up({ circuit });
      }),
    );
    return Object.assign({}, ...results) as HealthIndicatorResult;
  }
}
