import type Redis from 'ioredis';
import { MessagingException, MessagingExceptionCode } from './messaging.exception';
import { withTimeout } from './with-timeout';

export function redisAddress(redis: Redis): string {
  return redis.options.path ?? `${redis.options.host}:${redis.options.port}`;
}

/** Waits for the connection: a producer connection refuses commands until it is ready. */
export async function whenRedisReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return;
  if (redis.status === 'end')
    throw new MessagingException(
      MessagingExceptionCode.REDIS_UNREACHABLE,
      `The connection to Redis at ${redisAddress(redis)} is closed.`,
    );
  let lastError: Error | undefined;
  let onReady: () => void = () => undefined;
  const onError = (error: Error) => (lastError = error);
  redis.on('error', onError);
  try {
    await withTimeout(
      new Promise<void>((resolve) => {
        onReady = resolve;
        redis.once('ready', onReady);
      }),
      timeoutMs,
      () =>
        new MessagingException(
          MessagingExceptionCode.REDIS_UNREACHABLE,
          `Redis at ${redisAddress(redis)} did not answer within ${timeoutMs} ms` +
            `${lastError ? ` (${lastError.message})` : ''}: check REDIS_URL and that Redis is up.`,
        ),
    );
  } finally {
    redis.off('error', onError);
    redis.off('ready', onReady);
  }
}
