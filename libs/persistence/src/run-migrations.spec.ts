import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './migrations';
import { runMigrations } from './run-migrations';

const MIGRATION_NAMES = MIGRATIONS.map((migration) => new migration().name);

const OWN_TABLES = [
  'audit_log',
  'cross_references',
  'exceptions',
  'inbox_messages',
  'outbox_messages',
  'sync_ledger',
];

const NAMED_CONSTRAINTS = [
  'pk_cross_references',
  'uq_cross_references_canonical',
  'uq_cross_references_external',
  'ck_cross_references_system',
  'uq_inbox_messages_source_event',
  'ck_inbox_messages_status',
  'pk_outbox_messages',
  'uq_sync_ledger_hop',
  'ck_sync_ledger_amount_has_currency',
  'ck_exceptions_owner_group',
  'ck_exceptions_resolved_at',
  'pk_audit_log',
];

const NAMED_INDEXES = [
  'ix_inbox_messages_pending',
  'ix_outbox_messages_unsent',
  'ix_sync_ledger_source',
  'ix_sync_ledger_target',
  'ix_sync_ledger_reconciliation',
  'uq_exceptions_unresolved_subject',
  'ix_exceptions_workbench',
  'ix_audit_log_subject',
];

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const tables = (url: string) =>
  query<{ name: string }>(
    url,
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
  ).then((rows) => rows.map((row) => row.name).sort());

describe('migrations', () => {
  describe('on an empty database', () => {
    let database: TestDatabase;
    let dataSource: DataSource;

    beforeAll(async () => {
      database = await createTestDatabase({ empty: true });
      dataSource = new DataSource(dataSourceOptions(database.url, 'migrations-spec'));
    });

    afterAll(async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    });

    it('create every table with its named constraints and indexes', async () => {
      expect(await runMigrations(database.url)).toEqual(MIGRATION_NAMES);
      expect(await tables(database.url)).toEqual(expect.arrayContaining(OWN_TABLES));
      const constraints = await query<{ conname: string }>(
        database.url,
        `SELECT conname FROM pg_constraint`,
      );
      expect(constraints.map((row) => row.conname)).toEqual(
        expect.arrayContaining(NAMED_CONSTRAINTS),
      );
      const indexes = await query<{ indexname: string }>(
        database.url,
        `SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`,
      );
      expect(indexes.map((row) => row.indexname)).toEqual(expect.arrayContaining(NAMED_INDEXES));
    });

    it('leave nothing for the entities to change (no drift between entities and SQL)', async () => {
      await dataSource.initialize();
      const pending = await dataSource.driver.createSchemaBuilder().log();
      const touchingOwnTables = pending.upQueries
        .map((q) => q.query)
        .filter((sql) => OWN_TABLES.some((table) => sql.includes(`"${table}"`)));
      expect(touchingOwnTables).toEqual([]);
    });

    it('go down to nothing and up again', async () => {
      for (let i = 0; i < MIGRATIONS.length; i++)
        await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await tables(database.url)).toEqual(['schema_migrations']);
      const functions = await query(
        database.url,
        `SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'public'`,
      );
      expect(functions).toEqual([]);

      expect(await runMigrations(database.url)).toEqual(MIGRATION_NAMES);
      expect(await tables(database.url)).toEqual(expect.arrayContaining(OWN_TABLES));
    });

    it('apply nothing when the schema is up to date', async () => {
      expect(await runMigrations(database.url)).toEqual([]);
    });
  });

  it('run from several replicas at once apply each migration exactly once', async () => {
    const database = await createTestDatabase({ empty: true });
    try {
      const runs = await Promise.all([
        runMigrations(database.url),
        runMigrations(database.url),
        runMigrations(database.url),
      ]);
      expect(runs.flat().sort()).toEqual([...MIGRATION_NAMES].sort());
      expect(runs.filter((applied) => applied.length > 0)).toHaveLength(1);
      const recorded = await query<{ name: string }>(
        database.url,
        `SELECT name FROM schema_migrations ORDER BY id`,
      );
      expect(recorded.map((row) => row.name)).toEqual(MIGRATION_NAMES);
    } finally {
      await database.drop();
    }
  });
});
