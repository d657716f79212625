import type { DataSourceOptions } from 'typeorm';
import { DataOwner, schemaOf, tablesOf } from './app-schemas';

/**
 * The one set of connection options for an app's own schema: the app, the migration CLI and the
 * tests all use it. `url` is the app's own (see appDatabaseUrl); unqualified names in SQL find
 * the app's tables, and only those.
 */
export function dataSourceOptions(
  app: DataOwner,
  url: string,
  applicationName: string = app,
): DataSourceOptions {
  const schema = schemaOf(app);
  const { entities, migrations } = tablesOf(app);
  return {
    type: 'postgres',
    url,
    applicationName,
    schema,
    entities: [...entities],
    migrations: [...migrations],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // the schema is the migrations' business; gen_random_uuid() is built into Postgres 13+
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    extra: { max: 10, connectionTimeoutMillis: 5000, options: `-c search_path=${schema}` },
  };
}
