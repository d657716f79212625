/**
 * What `npm start` checks before it starts anything: Postgres and Redis answer, and Redis keeps
 * every key (noeviction). Each failure names the service, the address tried and how to provide it.
 */
import Redis from 'ioredis';
import { Client } from 'pg';
import { assertRedisNoEviction, messagingConfigShape } from '@p2c/messaging';
import { DEFAULT_DATABASE_URL } from '@p2c/persistence';

const CONNECT_TIMEOUT_MS = 3_000;
/** What the server answers when it is up but the gateway's database is not created yet. */
const NO_SUCH_DATABASE = '3D000';

function address(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port}`;
}

async function checkPostgres(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    if ((error as { code?: string }).code === NO_SUCH_DATABASE) return;
    throw new Error(
      `PostgreSQL at ${address(url)} cannot be reached (${(error as Error).message}). ` +
        `Start PostgreSQL 15 or later there, or set DATABASE_URL to one that answers ` +
        `(a superuser's in development: the gateway creates its database, roles and schemas).`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkRedis(url: string): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause: Error | undefined;
  redis.on('error', (error: Error) => (cause = error));
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(
      `Redis at ${address(url)} cannot be reached (${(cause ?? (error as Error)).message}). ` +
        `Start Redis 7 there with maxmemory-policy noeviction, or set REDIS_URL to one that answers.`,
    );
  }
  try {
    await assertRedisNoEviction(redis, CONNECT_TIMEOUT_MS);
  } finally {
    redis.disconnect();
  }
}

/** Throws one message naming every service that is not ready for the gateway. */
export async function preflight(env: NodeJS.ProcessEnv): Promise<void> {
  const checks = await Promise.allSettled([
    checkPostgres(env.DATABASE_URL ?? DEFAULT_DATABASE_URL),
    checkRedis(messagingConfigShape.REDIS_URL.parse(env.REDIS_URL)),
  ]);
  const problems = checks.flatMap((check) =>
    check.status === 'rejected' ? [(check.reason as Error).message] : [],
  );
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
