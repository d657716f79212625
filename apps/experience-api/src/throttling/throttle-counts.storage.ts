import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { RedisOptions } from 'ioredis';

const INCREMENT = 'throttleIncrement';

type Counted = [totalHits: number, timeToExpire: number, isBlocked: number, timeToBlock: number];

/**
 * The Redis throttler storage, its Lua script run by SHA (EVALSHA, loaded again if Redis
 * lost it) instead of sent in full with every request, on one connection whose concurrent counts
 * are pipelined. Keys and answers as the library's.
 */
export class ThrottleCountsStorage extends ThrottlerStorageRedisService {
  constructor(url: string, options: RedisOptions) {
    super(url, { ...options, enableAutoPipelining: true });
    this.redis.defineCommand(INCREMENT, { numberOfKeys: 2, lua: this.scriptSrc });
  }

  override async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const count = (
      this.redis as unknown as Record<string, (...args: unknown[]) => Promise<Counted>>
    )[INCREMENT];
    const [totalHits, timeToExpire, isBlocked, timeToBlockExpire] = await count.call(
      this.redis,
      `{${key}:${throttlerName}}:hits`,
      `{${key}:${throttlerName}}:blocked`,
      throttlerName,
      ttl,
      limit,
      blockDuration,
    );
    return {
      totalHits,
      timeToExpire: Math.ceil(timeToExpire / 1000),
      isBlocked: isBlocked === 1,
      timeToBlockExpire: Math.ceil(timeToBlockExpire / 1000),
    };
  }
}
