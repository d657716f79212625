import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import { DATA_OWNERS, DataOwner, schemaOf, tablesOf } from './app-schemas';
import { dataSourceOptions } from './data-source-options';
import { migrateApps } from './migrate-apps';
import { runMigrations } from './run-migrations';

const migrationNames = (app: DataOwner) =>
  tablesOf(app)
    .migrations.map((migration) => (new migration() as { name: string }).name)
    .sort((a, b) => Number(a.match(/\d+$/)![0]) - Number(b.match(/\d+$/)![0]));

/** The tables each app's schema must hold (and nothing of another app's). */
const OWN_TABLES: Record<DataOwner, string[]> = {
  'system-crm': ['cross_references', 'idempotency_keys', 'sync_checkpoints'],
  'system-psa': [
    'cross_references',
    'idempotency_keys',
    'inbox_messages',
    'outbox_messages',
    'sync_checkpoints',
  ],
  'system-erp': ['cross_references', 'idempotency_keys'],
  'system-hcm': ['idempotency_keys'],
  'process-onboarding': [
    'audit_log',
    'exception_notes',
    'exception_retry_batches',
    'exception_retry_items',
    'dead_letter_replays',
    'exceptions',
    'idempotency_keys',
    'onboarding_steps',
    'onboardings',
    'outbox_messages',
    'provisional_projects',
    'sync_ledger',
  ],
  'process-time': [
    'audit_log',
    'exception_notes',
    'exception_retry_batches',
    'exception_retry_items',
    'dead_letter_replays',
    'exceptions',
    'idempotency_keys',
    'outbox_messages',
    'sync_ledger',
    'time_postings',
  ],
  'process-billing': [
    'audit_log',
    'billing_event_items',
    'billing_events',
    'billing_payments',
    'billing_projects',
    'billing_runs',
    'billing_schedule_lines',
    'exception_notes',
    'exception_retry_batches',
    'exception_retry_items',
    'dead_letter_replays',
    'exceptions',
    'idempotency_keys',
    'outbox_messages',
    'reconciliation_differences',
    'reconciliation_figures',
    'reconciliations',
    'sync_ledger',
  ],
  'process-forecast': [
    'audit_log',
    'exception_notes',
    'exception_retry_batches',
    'exception_retry_items',
    'dead_letter_replays',
    'exceptions',
    'forecast_assignments',
    'forecast_projects',
    'forecast_versions',
    'idempotency_keys',
    'outbox_messages',
    'sync_ledger',
  ],
  'experience-api': ['idempotency_keys'],
};

const NAMED_CONSTRAINTS = [
  'pk_outbox_messages',
  'uq_sync_ledger_hop',
  'ck_sync_ledger_amount_has_currency',
  'ck_exceptions_owner_group',
  'ck_exceptions_resolved_at',
  'pk_audit_log',
];

const NAMED_INDEXES = [
  'ix_outbox_messages_unsent',
  'ix_sync_ledger_source',
  'ix_sync_ledger_target',
  'ix_sync_ledger_reconciliation',
  'uq_exceptions_unresolved_subject',
  'ix_exceptions_workbench',
  'ix_audit_log_subject',
];

async function query<T>(url: string, sql: string, parameters: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows as T[];
  } finally {
    await client.end();
  }
}

const tables = (url: string, app: DataOwner) =>
  query<{ name: string; owner: string }>(
    url,
    `SELECT tablename AS name, tableowner AS owner FROM pg_tables WHERE schemaname = $1
      ORDER BY tablename`,
    [schemaOf(app)],
  );

describe('migrations', () => {
  describe('on an empty database', () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await createTestDatabase({ empty: true });
    });

    afterAll(() => database.drop());

    it('give every app a schema of its own, with its tables owned by its role', async () => {
      const applied = await migrateApps({ DATABASE_URL: database.url });
      for (const app of DATA_OWNERS) {
        expect(applied[app]).toEqual(migrationNames(app));
        expect(await tables(database.url, app)).toEqual(
          [...OWN_TABLES[app], 'schema_migrations']
            .sort()
            .map((name) => ({ name, owner: schemaOf(app) })),
        );
      }
      expect(
        await query(database.url, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`),
      ).toEqual([]);
    });

    it('name their constraints and indexes', async () => {
      const url = database.urlFor('process-time');
      const constraints = await query<{ conname: string }>(
        url,
        `SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
          WHERE n.nspname = 'process_time'`,
      );
      expect(constraints.map((row) => row.conname)).toEqual(
        expect.arrayContaining(NAMED_CONSTRAINTS),
      );
      const indexes = await query<{ indexname: string }>(
        url,
        `SELECT indexname FROM pg_indexes WHERE schemaname = 'process_time'`,
      );
      expect(indexes.map((row) => row.indexname)).toEqual(expect.arrayContaining(NAMED_INDEXES));
    });

    it.each(DATA_OWNERS)(
      'leave nothing for the entities of %s to change (no drift between entities and SQL)',
      async (app) => {
        const dataSource = await new DataSource(
          dataSourceOptions(app, database.urlFor(app), 'migrations-spec'),
        ).initialize();
        try {
          const pending = await dataSource.driver.createSchemaBuilder().log();
          expect(pending.upQueries.map((q) => q.query)).toEqual([]);
        } finally {
          await dataSource.destroy();
        }
      },
    );

    it('go down to nothing and up again', async () => {
      const url = database.urlFor('process-time');
      const dataSource = await new DataSource(
        dataSourceOptions('process-time', url, 'migrations-spec'),
      ).initialize();
      try {
        for (let i = 0; i < migrationNames('process-time').length; i++)
          await dataSource.undoLastMigration({ transaction: 'each' });
      } finally {
        await dataSource.destroy();
      }
      expect(await tables(database.url, 'process-time')).toEqual([
        { name: 'schema_migrations', owner: 'process_time' },
      ]);
      const functions = await query(
        database.url,
        `SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'process_time'`,
      );
      expect(functions).toEqual([]);
      expect(await runMigrations('process-time', url)).toEqual(migrationNames('process-time'));
    });

    it('apply nothing when every schema is up to date', async () => {
      const applied = await migrateApps({ DATABASE_URL: database.url });
      expect(Object.values(applied).flat()).toEqual([]);
    });
  });

  it('run from several replicas at once apply each migration exactly once', async () => {
    const database = await createTestDatabase({ empty: true });
    try {
      const env = { DATABASE_URL: database.url };
      const runs = await Promise.all([migrateApps(env), migrateApps(env), migrateApps(env)]);
      for (const app of DATA_OWNERS) {
        expect(runs.flatMap((run) => run[app] ?? []).sort()).toEqual(migrationNames(app).sort());
        const recorded = await query<{ name: string }>(
          database.url,
          `SELECT name FROM ${schemaOf(app)}.schema_migrations ORDER BY id`,
        );
        expect(recorded.map((row) => row.name)).toEqual(migrationNames(app));
      }
    } finally {
      await database.drop();
    }
  });
});
