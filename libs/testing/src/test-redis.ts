import type Redis from 'ioredis';
import { currentRunId, uniqueSuffix } from './test-run';

/** A key prefix of this test file's own: BullMQ queues and caches under it see nothing else. */
export function testRedisPrefix(): string {
  return `p2c-test-${currentRunId()}-${uniqueSuffix()}`;
}

export async function deleteKeysWithPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
}
