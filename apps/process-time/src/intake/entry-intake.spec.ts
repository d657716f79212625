import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import type { PsaTimeEntryDto } from '@p2c/canonical';
import { dataSourceOptions } from '@p2c/persistence';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import { EntryIntake } from './entry-intake';
import type { EntrySnapshot } from './entry-snapshot';

function entry(id: string, version: number, changes: Partial<PsaTimeEntryDto> = {}): EntrySnapshot {
  return {
    kind: 'TIME',
    record: {
      sourceSystem: 'psa',
      sourceId: id,
      sourceVersion: version,
      project: 'PRJ-006NW000101',
      worker: 'E1003',
      role: 'SENIOR',
      workDate: '2026-11-02',
      minutes: 480,
      hours: '8',
      billable: true,
      status: 'APPROVED',
      invoiced: false,
      changedAt: '2026-11-20T09:00:00.000Z',
      ...changes,
    },
  };
}

describe('EntryIntake', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const intake = new EntryIntake(new ConfigService({ TIME_POSTING_JOB_SIZE: 100 }));

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions('process-time', database.urlFor('process-time'), 'intake-spec'),
    ).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const record = (snapshots: EntrySnapshot[], rejected?: (s: EntrySnapshot, r: string) => void) =>
    dataSource.transaction((m) => intake.record(m, snapshots, rejected));

  const outbox = async (): Promise<number> =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM outbox_messages`))[0].n;

  it('takes a version once, a newer one again, and ignores an older one arriving late', async () => {
    expect(await record([entry('1', 2), entry('1', 2)])).toBe(1);
    expect(await record([entry('1', 2)])).toBe(0);
    expect(await record([entry('1', 4, { minutes: 360, hours: '6' })])).toBe(1);
    expect(await record([entry('1', 3)])).toBe(0);
    const [row] = await dataSource.query(
      `SELECT latest_version, minutes, status FROM time_postings WHERE id = 'psa-time-1'`,
    );
    expect(row).toEqual({ latest_version: 4, minutes: 360, status: 'pending' });
    expect(await outbox()).toBe(2);
  });

  it('does not record an entry first seen not approved, but takes its deletion', async () => {
    expect(await record([entry('2', 3, { status: 'SUBMITTED' })])).toBe(0);
    expect(await record([{ ...entry('3', 2), deleted: true }])).toBe(1);
    expect(await record([{ ...entry('3', 2), deleted: true }])).toBe(0);
  });

  it('leaves out a record the database refuses and takes the rest of the batch', async () => {
    const refused: string[] = [];
    const changed = await record(
      [entry('4', 2), entry('5', 2, { workDate: '2026-13-45' }), entry('6', 2)],
      (snapshot, reason) => refused.push(`${snapshot.record.sourceId}: ${reason}`),
    );
    expect(changed).toBe(2);
    expect(refused).toEqual([expect.stringMatching(/^5: .*date/)]);
  });
});
