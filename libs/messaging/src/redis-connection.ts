import { Logger } from '@nestjs/common';
import Redis from 'ioredis';

export type RedisRole = 'worker' | 'producer';

const logger = new Logger('Redis');

/**
 * Workers block on Redis and must wait out a restart (BullMQ requires maxRetriesPerRequest: null);
 * producers answer an HTTP caller and must fail fast instead of queueing commands while Redis is down.
 * An outage is logged once when it starts and once when the connection is back, not per retry.
 */
export function createRedisConnection(url: string, role: RedisRole, name: string): Redis {
  const connectionName = `${name}:${role}`;
  const redis = new Redis(url, {
    connectionName,
    ...(role === 'worker'
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }),
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn(`${connectionName} lost Redis (${error.message}); reconnecting`);
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.log(`${connectionName} is connected to Redis again`);
  });
  return redis;
}
