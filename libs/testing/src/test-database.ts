import { DataOwner, appDatabaseUrl } from '@p2c/persistence';
import { dropDatabases, withAdminClient } from './admin-sql';
import { currentRunId, databaseUrl, templateDatabaseName, uniqueSuffix } from './test-run';

export interface TestDatabase {
  name: string;
  /** as the database owner */
  url: string;
  /** as the app's own role, reaching only the app's schema */
  urlFor(app: DataOwner): string;
  drop(): Promise<void>;
}

/** A database of this test file's own, migrated (a copy of the run's template), or empty. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const runId = currentRunId();
  const name = `p2c_test_${runId}_${uniqueSuffix()}`;
  const template = options.empty ? 'template0' : templateDatabaseName(runId);
  await withAdminClient((client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`),
  );
  return {
    name,
    url: databaseUrl(name),
    urlFor: (app) => appDatabaseUrl(app, { DATABASE_URL: databaseUrl(name) }),
    drop: () => withAdminClient((client) => dropDatabases(client, [name])),
  };
}
