import { setTimeout as sleep } from 'node:timers/promises';
import { withAdminClient } from './admin-sql';

/**
 * What a Postgres restart does to the apps on one database, and to no other database of the
 * server: every open connection cut (57P01, as at a shutdown), new ones refused for `downMs`,
 * then allowed again.
 */
export async function interruptDatabase(database: string, downMs: number): Promise<void> {
  await withAdminClient(async (client) => {
    await client.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    try {
      await client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [database],
      );
      await sleep(downMs);
    } finally {
      await client.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    }
  });
}
