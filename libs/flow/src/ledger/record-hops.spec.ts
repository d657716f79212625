import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@p2c/persistence';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import { recordAudit } from '../audit/record-audit';
import { sqlRows } from '../sql/sql-rows';
import type { CompletedHop } from './completed-hop';
import { recordHops } from './record-hops';

describe('the sync ledger, audit log and SQL helper of a flow', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions('process-time', database.urlFor('process-time'), 'flow-ledger-spec'),
    ).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const hop = (sourceId: string, extra: Partial<CompletedHop> = {}): CompletedHop => ({
    flow: 'time-intake',
    sourceSystem: 'psa',
    sourceType: 'time_entry',
    sourceId,
    sourceVersion: '3',
    targetSystem: 'gateway',
    targetType: 'time_posting',
    targetId: `tp-${sourceId}`,
    ...extra,
  });

  it('records a batch of completed hops once: a repeated run leaves them as they are', async () => {
    const hops = [
      hop('TE-1'),
      hop('TE-2', { projectId: 'P-1', amountMinor: 12_500, currency: 'EUR' }),
    ];
    await dataSource.transaction((manager) => recordHops(manager, hops));
    await dataSource.transaction((manager) =>
      recordHops(manager, [hop('TE-2', { targetId: 'elsewhere' })]),
    );
    const rows = await dataSource.query(
      `SELECT source_id, target_id, status, attempts, amount_minor, currency, completed_at
         FROM sync_ledger WHERE flow = 'time-intake' ORDER BY source_id`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        source_id: 'TE-1',
        target_id: 'tp-TE-1',
        status: 'succeeded',
        amount_minor: null,
      }),
      expect.objectContaining({
        source_id: 'TE-2',
        target_id: 'tp-TE-2',
        attempts: 1,
        amount_minor: '12500',
        currency: 'EUR',
      }),
    ]);
    expect(rows.every((r: { completed_at: Date | null }) => r.completed_at instanceof Date)).toBe(
      true,
    );
  });

  it('writes nothing when a batch fails: the hops are in the transaction of the change', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await recordHops(manager, [hop('TE-9')]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await dataSource.query(`SELECT 1 FROM sync_ledger WHERE source_id = 'TE-9'`)).toEqual(
      [],
    );
  });

  it('appends an audit entry with its subject and before/after', async () => {
    await dataSource.transaction((manager) =>
      recordAudit(manager, {
        actor: 'ana@nw',
        action: 'exception.retry',
        subjectType: 'exception',
        subjectId: 'ex-1',
        before: { status: 'open' },
        after: { status: 'retrying' },
      }),
    );
    expect(
      await dataSource.query(`SELECT actor, action, subject_type, before, after FROM audit_log`),
    ).toEqual([
      {
        actor: 'ana@nw',
        action: 'exception.retry',
        subject_type: 'exception',
        before: { status: 'open' },
        after: { status: 'retrying' },
      },
    ]);
  });

  it('answers the rows a statement returns, in or outside a transaction', async () => {
    expect(await sqlRows(dataSource.manager, `SELECT $1::int + 1 AS n`, [1])).toEqual([{ n: 2 }]);
    const updated = await dataSource.transaction((manager) =>
      sqlRows<{ id: string }>(
        manager,
        `UPDATE sync_ledger SET attempts = attempts + 1 WHERE source_id = $1 RETURNING source_id AS id`,
        ['TE-1'],
      ),
    );
    expect(updated).toEqual([{ id: 'TE-1' }]);
    expect(await sqlRows(dataSource.manager, `SELECT 1 WHERE false`)).toEqual([]);
  });
});
