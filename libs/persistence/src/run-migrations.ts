import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Any 64-bit constant shared by every replica: whoever holds it migrates, the others wait. */
const MIGRATION_LOCK_KEY = 7_420_012_026;

/**
 * Applies pending migrations. Safe to run from several replicas at once: a Postgres advisory lock
 * serialises them, and each finds the others' work already done.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, 'p2c-migrate'));
  await dataSource.initialize();
  const lockRunner = dataSource.createQueryRunner();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lockRunner
      .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    await lockRunner.release();
    await dataSource.destroy();
  }
}
