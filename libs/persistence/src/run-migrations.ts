import { DataSource } from 'typeorm';
import { DataOwner, schemaOf } from './app-schemas';
import { dataSourceOptions } from './data-source-options';

/**
 * Applies the app's pending migrations to its schema, connected as the app's role (so its tables
 * are its own). Safe to run from several replicas at once: a Postgres advisory lock per schema
 * serialises them, and each finds the others' work already done.
 */
export async function runMigrations(app: DataOwner, url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(app, url, `${app}-migrate`));
  await dataSource.initialize();
  const lockRunner = dataSource.createQueryRunner();
  const lock = `p2c:migrate:${schemaOf(app)}`;
  try {
    await lockRunner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [lock]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lockRunner
      .query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [lock])
      .catch(() => undefined);
    await lockRunner.release();
    await dataSource.destroy();
  }
}
