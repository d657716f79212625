import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@p2c/persistence';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import { RowLeases } from './row-leases';

// A table of the spec's own, with its own lease column names: the leases are the table's choice.
const TABLE = `
  CREATE TABLE spec_leased_jobs (
    id uuid PRIMARY KEY,
    holder text,
    held_until timestamptz,
    state text NOT NULL DEFAULT 'waiting',
    note text)`;

describe('leases on rows', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let leases: RowLeases;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions('process-time', database.urlFor('process-time'), 'flow-leases-spec'),
    ).initialize();
    await dataSource.query(TABLE);
    leases = new RowLeases(
      { table: 'spec_leased_jobs', token: 'holder', until: 'held_until' },
      60_000,
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function job(): Promise<string> {
    const id = randomUUID();
    await dataSource.query(`INSERT INTO spec_leased_jobs (id) VALUES ($1)`, [id]);
    return id;
  }

  async function read(id: string) {
    const [row] = await dataSource.query(
      `SELECT holder, held_until, state, note,
              extract(epoch FROM held_until - now()) * 1000 AS "leftMs"
         FROM spec_leased_jobs WHERE id = $1`,
      [id],
    );
    return row as {
      holder: string | null;
      held_until: Date | null;
      state: string;
      note: string | null;
      leftMs: number | null;
    };
  }

  const lapse = (id: string) =>
    dataSource.query(
      `UPDATE spec_leased_jobs SET held_until = now() - interval '1 second' WHERE id = $1`,
      [id],
    );

  it('gives a free row to its first claimant for the lease length, and to no one else meanwhile', async () => {
    const id = await job();
    expect(await leases.claim(dataSource.manager, id, 'job-1')).toEqual({ id });
    const row = await read(id);
    expect(row.holder).toBe('job-1');
    expect(Number(row.leftMs)).toBeGreaterThan(55_000);
    expect(Number(row.leftMs)).toBeLessThanOrEqual(60_000);
    expect(await leases.claim(dataSource.manager, id, 'job-2')).toBeUndefined();
    expect((await read(id)).holder).toBe('job-1');
  });

  it('gives a row back at once to the holder that claims it again (a job re-run after its worker died)', async () => {
    const id = await job();
    await leases.claim(dataSource.manager, id, 'job-1');
    expect(await leases.claim(dataSource.manager, id, 'job-1')).toEqual({ id });
  });

  it('lets another holder take over a row whose lease lapsed (its holder died)', async () => {
    const id = await job();
    await leases.claim(dataSource.manager, id, 'job-1');
    await lapse(id);
    expect(await leases.claim(dataSource.manager, id, 'job-2')).toEqual({ id });
    expect((await read(id)).holder).toBe('job-2');
  });

  it('gives a row claimed by many at the same moment to exactly one of them', async () => {
    const id = await job();
    const holders = Array.from({ length: 8 }, (_, n) => `job-${n}`);
    const claims = await Promise.all(
      holders.map((holder) => leases.claim(dataSource.manager, id, holder)),
    );
    const winners = holders.filter((_, n) => claims[n] !== undefined);
    expect(winners).toHaveLength(1);
    expect((await read(id)).holder).toBe(winners[0]);
  });

  it('writes the claim’s own changes and answers its columns, only where its conditions hold', async () => {
    const id = await job();
    const claimed = await leases.claim<{ state: string }>(dataSource.manager, id, 'job-1', {
      set: `state = 'running', note = $3`,
      where: `leased.state = $4`,
      returning: 'leased.state',
      parameters: ['started', 'waiting'],
    });
    expect(claimed).toEqual({ state: 'running' });
    expect(await read(id)).toMatchObject({ state: 'running', note: 'started' });
    await lapse(id);
    const refused = await leases.claim(dataSource.manager, id, 'job-2', {
      where: `leased.state = 'waiting'`,
    });
    expect(refused).toBeUndefined();
    expect((await read(id)).holder).toBe('job-1');
  });

  it('leaves the row free when the transaction of the claim rolls back', async () => {
    const id = await job();
    await expect(
      dataSource.transaction(async (manager) => {
        await leases.claim(manager, id, 'job-1');
        throw new Error('the run failed before it committed');
      }),
    ).rejects.toThrow('the run failed before it committed');
    expect(await read(id)).toMatchObject({ holder: null, held_until: null });
    expect(await leases.claim(dataSource.manager, id, 'job-2')).toEqual({ id });
  });

  it('extends the lease while the holder holds the row, and not once it lost it', async () => {
    const id = await job();
    await leases.claim(dataSource.manager, id, 'job-1');
    await dataSource.query(
      `UPDATE spec_leased_jobs SET held_until = now() + interval '5 seconds' WHERE id = $1`,
      [id],
    );
    expect(await leases.renew(dataSource.manager, id, 'job-1')).toBe(true);
    expect(Number((await read(id)).leftMs)).toBeGreaterThan(55_000);
    await lapse(id);
    await leases.claim(dataSource.manager, id, 'job-2');
    expect(await leases.renew(dataSource.manager, id, 'job-1')).toBe(false);
    expect((await read(id)).holder).toBe('job-2');
  });

  it('renews only where the renewal’s conditions hold', async () => {
    const id = await job();
    await leases.claim(dataSource.manager, id, 'job-1');
    expect(
      await leases.renew(dataSource.manager, id, 'job-1', { where: `leased.state = 'running'` }),
    ).toBe(false);
  });

  it('lets go of a held row with the holder’s outcome, after which anyone may claim it', async () => {
    const id = await job();
    await leases.claim(dataSource.manager, id, 'job-1');
    const released = await leases.release(dataSource.manager, id, 'job-1', {
      set: `state = 'done', note = $3`,
      parameters: ['posted'],
    });
    expect(released).toEqual({ id });
    expect(await read(id)).toMatchObject({
      holder: null,
      held_until: null,
      state: 'done',
      note: 'posted',
    });
    expect(await leases.claim(dataSource.manager, id, 'job-2')).toEqual({ id });
  });

  it('writes nothing for a holder that lost the row before it let go', async () => {
    const id = await job();
    await leases.claim(dataSource.manager, id, 'job-1');
    await lapse(id);
    await leases.claim(dataSource.manager, id, 'job-2');
    const late = await leases.release(dataSource.manager, id, 'job-1', {
      set: `state = 'done'`,
    });
    expect(late).toBeUndefined();
    expect(await read(id)).toMatchObject({ holder: 'job-2', state: 'waiting' });
  });

  it('keeps a deadline in the until column when letting go asks for one', async () => {
    const id = await job();
    await leases.claim(dataSource.manager, id, 'job-1');
    await leases.release(dataSource.manager, id, 'job-1', {
      until: `now() + $3::int * interval '1 millisecond'`,
      parameters: [10_000],
    });
    const row = await read(id);
    expect(row.holder).toBeNull();
    expect(Number(row.leftMs)).toBeGreaterThan(5_000);
    expect(Number(row.leftMs)).toBeLessThanOrEqual(10_000);
    expect(await leases.claim(dataSource.manager, id, 'job-2')).toEqual({ id });
  });

  it('refuses table or column names that are not plain identifiers, and a lease of no length', () => {
    const columns = { table: 'spec_leased_jobs', token: 'holder', until: 'held_until' };
    expect(() => new RowLeases({ ...columns, table: 'jobs; DROP TABLE x' }, 1000)).toThrow();
    expect(() => new RowLeases({ ...columns, token: 'holder"' }, 1000)).toThrow();
    expect(() => new RowLeases(columns, 0)).toThrow();
    expect(() => new RowLeases(columns, 1.5)).toThrow();
  });
});
