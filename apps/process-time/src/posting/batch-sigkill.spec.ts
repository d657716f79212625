import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, QueryRunner } from 'typeorm';
import { WorkerProcess, waitFor } from '@p2c/testing';
import { TimeTestBed } from '../testing/time-test-bed';

const ENTRIES = 24;
const STAFF = [
  ['006NW000101', 'E1003'],
  ['006NW000102', 'E1005'],
  ['006NW000104', 'E1013'],
  ['006NW000105', 'E1017'],
] as const;

interface Bill {
  id: string;
  externalId: string;
  memo: string;
}

describe('a worker killed with SIGKILL between the ERP’s batch answer and its commit', () => {
  let bed: TimeTestBed;
  let worker: WorkerProcess | undefined;
  let holder: QueryRunner | undefined;
  const logFile = join(tmpdir(), `process-time-batch-worker-${process.pid}.log`);

  beforeAll(async () => {
    bed = await TimeTestBed.start({ env: { PROCESS_ROLE: 'api' } });
  }, 120_000);

  afterAll(async () => {
    await holder?.release();
    await worker?.kill('SIGKILL');
    await bed?.close();
  });

  const faults = (body: object) =>
    bed.admin('/faults', { method: 'PUT', body: { system: 'erp', ...body } });

  async function billsOf(ids: string[]): Promise<Bill[]> {
    const wanted = new Set(ids.map((id) => `psa-time-${id}`));
    return ((await bed.erpRecords('timeBill')) as unknown as Bill[]).filter((bill) =>
      wanted.has(bill.externalId),
    );
  }

  const hopsOf = async (ids: string[], status: string): Promise<number> => {
    const [{ n }] = await bed.dataSource.query(
      `SELECT count(*)::int AS n FROM sync_ledger
        WHERE flow = 'time-posting' AND source_id = ANY($1) AND status = $2`,
      [ids, status],
    );
    return n;
  };

  it('posts every entry exactly once after the restart, taking what the ERP holds', async () => {
    const ids = await bed.logTime(
      Array.from({ length: ENTRIES }, (_, i) => {
        const [opportunity, worker] = STAFF[i % STAFF.length];
        return { opportunity, worker, date: '2026-11-19', hours: 0.5 + (i % 8) };
      }),
    );
    await bed.approve(ids);
    const workerEnv = { ...bed.env, TIME_SWEEP_INTERVAL_MS: '1000', LOG_LEVEL: 'warn' };

    // every ERP call is held a while, so the batch is on the wire when its hops are all claimed
    await faults({ latencyMs: 3_000 });
    worker = WorkerProcess.start('process-time', workerEnv, logFile);
    await waitFor(async () => (await hopsOf(ids, 'pending')) === ENTRIES, {
      timeoutMs: 60_000,
      intervalMs: 50,
      what: `${ENTRIES} hops claimed`,
    });
    // nothing the worker writes after the ERP's answer can commit: its hops are held here
    holder = bed.get(DataSource).createQueryRunner();
    await holder.startTransaction();
    await holder.query(
      `SELECT id FROM sync_ledger WHERE flow = 'time-posting' AND source_id = ANY($1) FOR UPDATE`,
      [ids],
    );
    await waitFor(async () => (await billsOf(ids)).length === ENTRIES, {
      timeoutMs: 60_000,
      intervalMs: 100,
      what: `the ERP holding all ${ENTRIES} timeBills`,
    });
    await worker.kill('SIGKILL');
    await holder.rollbackTransaction();
    await holder.release();
    holder = undefined;
    await faults({});

    const [{ posted }] = await bed.dataSource.query(
      `SELECT count(*)::int AS posted FROM time_postings
        WHERE source_id = ANY($1) AND status = 'posted'`,
      [ids],
    );
    expect(posted).toBe(0);
    expect(await hopsOf(ids, 'pending')).toBe(ENTRIES);
    // marks what the dead worker's batch wrote: a repeated upsert would overwrite the memo
    const landed = await billsOf(ids);
    for (const bill of landed)
      await bed.admin(`/state/erp/timeBill/${bill.id}`, {
        method: 'PATCH',
        body: { memo: 'landed before the crash' },
      });

    worker = WorkerProcess.start('process-time', workerEnv, logFile);
    const statuses = await bed.settled(ids, 120_000);
    expect(new Set(statuses.values())).toEqual(new Set(['posted']));

    const bills = await billsOf(ids);
    expect(bills).toHaveLength(ENTRIES);
    expect(new Set(bills.map((bill) => bill.externalId)).size).toBe(ENTRIES);
    expect(Object.fromEntries(bills.map((bill) => [bill.externalId, bill.id]))).toEqual(
      Object.fromEntries(landed.map((bill) => [bill.externalId, bill.id])),
    );
    expect(new Set(bills.map((bill) => bill.memo))).toEqual(new Set(['landed before the crash']));
    const erpIds: { source_id: string; erp_id: string }[] = await bed.dataSource.query(
      `SELECT source_id, erp_id FROM time_postings WHERE source_id = ANY($1)`,
      [ids],
    );
    expect(
      Object.fromEntries(erpIds.map((row) => [`psa-time-${row.source_id}`, row.erp_id])),
    ).toEqual(Object.fromEntries(landed.map((bill) => [bill.externalId, String(bill.id)])));
    expect(await bed.hops('time-posting', ids)).toEqual(
      [...ids].sort().map((id) => ({ id, status: 'succeeded', attempts: 2 })),
    );
    const [{ exceptions }] = await bed.dataSource.query(
      `SELECT count(*)::int AS exceptions FROM exceptions WHERE subject_id = ANY($1)`,
      [ids],
    );
    expect(exceptions).toBe(0);
  }, 300_000);
});
