import Redis from 'ioredis';
import { dropDatabases, withAdminClient } from './admin-sql';
import { DATABASE_PREFIX, TEST_REDIS_URL, currentRunId } from './test-run';
import { deleteKeysWithPrefix } from './test-redis';

export default async function globalTeardown(): Promise<void> {
  const runId = currentRunId();
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${DATABASE_PREFIX}${runId}%`],
    );
    await dropDatabases(
      client,
      rows.map((row) => row.datname),
    );
  });
  const redis = new Redis(TEST_REDIS_URL);
  try {
    await deleteKeysWithPrefix(redis, `p2c-test-${runId}`);
  } finally {
    redis.disconnect();
  }
}
