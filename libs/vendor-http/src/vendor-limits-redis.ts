import Redis from 'ioredis';
import type { SharedLimitsSettings } from './vendor-http-config';

/** The app's two connections for the vendors' shared limits, and where they are kept. */
export interface VendorLimitsRedis {
  settings: SharedLimitsSettings;
  /** commands: fails fast (no offline queue, 1 s per command) so a call falls back at once */
  redis: Redis;
  /** release notices; resubscribes by itself after a reconnect */
  subscriber: Redis;
}

export async function connectVendorLimitsRedis(
  settings: SharedLimitsSettings,
): Promise<VendorLimitsRedis> {
  const redis = new Redis(settings.redisUrl, {
    connectionName: 'vendor-limits',
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 1000,
  });
  // an unreachable Redis is no reason not to start: the limits fall back until it answers
  await redis.connect().catch(() => undefined);
  const subscriber = new Redis(settings.redisUrl, {
    connectionName: 'vendor-limits:released',
    connectTimeout: 2000,
  });
  for (const connection of [redis, subscriber]) connection.on('error', () => undefined);
  return { settings, redis, subscriber };
}
