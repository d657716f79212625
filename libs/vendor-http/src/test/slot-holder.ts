/**
 * A replica of a system API in a process of its own that takes a vendor slot and calls the
 * vendor: what a test kills with SIGKILL mid-call. Settings come from its environment, as an
 * app's would.
 */
import { parseConfig } from '@p2c/platform';
import { SharedVendorLimits } from '../shared-vendor-limits';
import { vendorHttpConfigShapeFor, vendorHttpSettings } from '../vendor-http-config';
import { VendorHttpClient } from '../vendor-http.client';
import { connectVendorLimitsRedis } from '../vendor-limits-redis';

async function main(): Promise<void> {
  const config = parseConfig(vendorHttpConfigShapeFor(['erp']), process.env);
  const settings = vendorHttpSettings('erp', config);
  const connections = await connectVendorLimitsRedis({
    redisUrl: config.REDIS_URL,
    prefix: config.REDIS_PREFIX,
    replicas: config.VENDOR_REPLICAS,
    rateLimitedPauseMs: config.VENDOR_RATE_LIMITED_PAUSE_MS,
  });
  const erp = new VendorHttpClient(
    settings,
    new SharedVendorLimits(settings, { ...connections.settings, ...connections }),
  );
  await erp.request({ method: 'GET', path: '/record/v1/subsidiary' });
}

void main();
