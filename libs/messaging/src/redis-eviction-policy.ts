import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { MessagingException, MessagingExceptionCode } from './messaging.exception';
import { redisAddress, whenRedisReady } from './when-redis-ready';

const DEFAULT_TIMEOUT_MS = 10_000;

/** The server's maxmemory-policy, from INFO (CONFIG is often disabled on managed Redis). */
async function readEvictionPolicy(
  redis: Redis,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<string | undefined> {
  await whenRedisReady(redis, timeoutMs);
  const info = await redis.info('memory');
  return /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
}

/**
 * Refuses to go on unless Redis is configured never to evict keys. Any other policy lets Redis drop
 * queued jobs, their locks and deduplication keys under memory pressure: work vanishes silently.
 */
export async function assertRedisNoEviction(
  redis: Redis,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<void> {
  const policy = await readEvictionPolicy(redis, timeoutMs);
  if (policy === 'noeviction') return;
  if (policy === undefined) {
    new Logger('Redis').warn(
      `Redis at ${redisAddress(redis)} does not report its maxmemory-policy; make sure it is noeviction.`,
    );
    return;
  }
  throw new MessagingException(
    MessagingExceptionCode.REDIS_EVICTION_POLICY,
    `Redis at ${redisAddress(redis)} has maxmemory-policy "${policy}", but the gateway's queues need ` +
      `"noeviction": any other policy lets Redis silently drop queued jobs when memory runs short. ` +
      `Set maxmemory-policy to noeviction (redis.conf: "maxmemory-policy noeviction"; at runtime: ` +
      `CONFIG SET maxmemory-policy noeviction; on a managed Redis, in its parameter group), ` +
      `then start again.`,
  );
}
