import Redis from 'ioredis';

export type RedisRole = 'worker' | 'producer';

/**
 * Workers block on Redis and must wait out a restart (BullMQ requires maxRetriesPerRequest: null);
 * producers answer an HTTP caller and must fail fast instead of queueing commands while Redis is down.
 */
export function createRedisConnection(url: string, role: RedisRole, name: string): Redis {
  return new Redis(url, {
    connectionName: `${name}:${role}`,
    ...(role === 'worker'
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }),
  });
}
