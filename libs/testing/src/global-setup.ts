import { migrateApps } from '@p2c/persistence';
import { dropDatabases, withAdminClient } from './admin-sql';
import {
  DATABASE_PREFIX,
  TEST_RUN_ENV,
  databaseUrl,
  newRunId,
  runStartedAt,
  templateDatabaseName,
} from './test-run';

const ABANDONED_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * Once per jest run: a template database, every app's schema migrated as the app's role, that each
 * test file copies.
 */
export default async function globalSetup(): Promise<void> {
  const runId = newRunId();
  process.env[TEST_RUN_ENV] = runId;
  const template = templateDatabaseName(runId);
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${DATABASE_PREFIX}%`],
    );
    const abandoned = rows
      .map((row) => row.datname)
      .filter(
        (name) =>
          Date.now() - runStartedAt(name.slice(DATABASE_PREFIX.length)) > ABANDONED_AFTER_MS,
      );
    await dropDatabases(client, abandoned);
    await client.query(`CREATE DATABASE "${template}"`);
  });
  await migrateApps({ DATABASE_URL: databaseUrl(template) });
}
