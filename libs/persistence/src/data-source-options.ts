import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/p2c';

/** The one set of connection options: the apps, the migration CLI and the tests all use it. */
export function dataSourceOptions(url: string, applicationName = 'p2c'): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    applicationName,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // the schema is the migrations' business; gen_random_uuid() is built into Postgres 13+
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
