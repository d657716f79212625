import { unwrap } from '@p2c/clients';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { SweepApprovedUseCase } from '../intake/sweep-approved.use-case';
import { EntryPricer } from '../pricing/entry-pricer';
import { projectOf } from '../testing/northwind-projects';
import { TimeTestBed } from '../testing/time-test-bed';
import { PostingLedger } from './posting-ledger';
import { POSTING_ROW_COLUMNS, PostingRow } from './posting-row';

interface Bill {
  id: string;
  externalId: string;
  hours: string;
  memo: string;
}

describe('entries posted to the ERP in batches', () => {
  let bed: TimeTestBed;

  beforeAll(async () => {
    // a long linger, so the entries the sweep queues together share one call even on a busy machine
    bed = await TimeTestBed.start({ env: { TIME_POSTING_BATCH_LINGER_MS: '1000' } });
  }, 120_000);

  afterAll(() => bed?.close());

  const sweep = () => bed.get(SweepApprovedUseCase).execute();

  async function billsOf(ids: string[]): Promise<Bill[]> {
    const wanted = new Set(ids.map((id) => `psa-time-${id}`));
    return ((await bed.erpRecords('timeBill')) as unknown as Bill[]).filter((bill) =>
      wanted.has(bill.externalId),
    );
  }

  /** Batches sent to the ERP so far (or look-ups, `lookup`), and the postings they carried. */
  async function batches(what = 'batch'): Promise<{ calls: number; postings: number }> {
    const text = (await bed.api('get', '/metrics')).text;
    const read = (series: string) =>
      Number(
        new RegExp(
          `^p2c_time_posting_${what}_size_${series}\\{[^}]*kind="TIME"[^}]*\\} (\\d+)`,
          'm',
        ).exec(text)?.[1] ?? 0,
      );
    return { calls: read('count'), postings: read('sum') };
  }

  it('posts the others when the ERP refuses one record, which becomes its own exception', async () => {
    // project 102 is active when its time is priced (and its answer cached) …
    const [first] = await bed.logTime([
      { opportunity: '006NW000102', worker: 'E1005', date: '2026-11-16', hours: 1 },
    ]);
    await bed.approve([first]);
    await sweep();
    expect(await bed.settled([first])).toEqual(new Map([[first, 'posted']]));
    // … and is set back to Pending in the ERP before the next batch reaches it
    const [job] = await bed
      .admin<{ items: { id: string }[] }>(`/state/erp/job?externalId=${projectOf('006NW000102')}`)
      .then((page) => page.items);
    await bed.admin(`/state/erp/job/${job.id}`, {
      method: 'PATCH',
      body: { entityStatus: { id: '4', refName: 'Pending' } },
    });

    const ids = await bed.logTime([
      { opportunity: '006NW000101', worker: 'E1003', date: '2026-11-17', hours: 7.5 },
      { opportunity: '006NW000102', worker: 'E1008', date: '2026-11-17', hours: 2 },
      { opportunity: '006NW000104', worker: 'E1013', date: '2026-11-17', hours: 4 },
      { opportunity: '006NW000105', worker: 'E1017', date: '2026-11-17', hours: 1.5 },
    ]);
    await bed.approve(ids);
    const before = await batches();
    await sweep();
    const statuses = await bed.settled(ids);
    const [onTime, refused, ...others] = ids;
    expect(statuses).toEqual(
      new Map([
        [onTime, 'posted'],
        [refused, 'blocked'],
        ...others.map((id) => [id, 'posted'] as [string, string]),
      ]),
    );
    // one call carried all four
    expect(await batches()).toEqual({
      calls: before.calls + 1,
      postings: before.postings + 4,
    });

    const bills = await billsOf(ids);
    expect(bills.map((bill) => bill.externalId).sort()).toEqual(
      [onTime, ...others].map((id) => `psa-time-${id}`).sort(),
    );
    const exceptions: {
      subject_id: string;
      reason_code: string;
      message: string;
      context: Record<string, unknown>;
    }[] = await bed.dataSource.query(
      `SELECT subject_id, reason_code, message, context FROM exceptions WHERE subject_id = ANY($1)`,
      [ids],
    );
    expect(exceptions).toHaveLength(1);
    expect(exceptions[0]).toMatchObject({
      subject_id: refused,
      reason_code: 'PROJECT_NOT_ACTIVE',
      context: { erpCode: 'PROJECT_NOT_ACTIVE', vendorCode: 'JOB_NOT_ACTIVE' },
    });
    expect(exceptions[0].message).toContain('not in progress');
    expect(await bed.hops('time-posting', [refused])).toEqual([
      { id: refused, status: 'failed', attempts: 1 },
    ]);
  });

  it('sends a lone entry on its own after the linger, without waiting for company', async () => {
    const [id] = await bed.logTime([
      { opportunity: '006NW000101', worker: 'E1004', date: '2026-11-18', hours: 3 },
    ]);
    await bed.approve([id]);
    const before = await batches();
    await sweep();
    expect(await bed.settled([id])).toEqual(new Map([[id, 'posted']]));
    expect(await batches()).toEqual({ calls: before.calls + 1, postings: before.postings + 1 });
    expect(await billsOf([id])).toEqual([expect.objectContaining({ hours: '3:00' })]);
  });

  it('looks a batch cut short up in one call, and writes only what had not landed', async () => {
    const queue = bed.get(QueueFactory).queue(QueueName.TimePosting);
    const ids = await bed.logTime(
      ['E1001', 'E1002', 'E1003', 'E1004'].map((worker) => ({
        opportunity: '006NW000101',
        worker,
        date: '2026-11-19',
        hours: 2,
      })),
    );
    await bed.approve(ids);
    const landed = ids.slice(0, 2);
    await queue.pause();
    try {
      await sweep();
      // an earlier batch claimed all four and died; the ERP had written two of them
      for (const id of ids) {
        const [row] = await bed.dataSource.query<PostingRow<'TIME'>[]>(
          `SELECT ${POSTING_ROW_COLUMNS} FROM time_postings WHERE kind = 'TIME' AND source_id = $1`,
          [id],
        );
        const priced = await bed.get(EntryPricer).priceTime(row.latest, false);
        await bed.dataSource.transaction((manager) =>
          bed.get(PostingLedger).claim(manager, row, {
            flow: 'time-posting',
            targetSystem: 'erp',
            targetType: 'timeBill',
          }),
        );
        if (landed.includes(id))
          await unwrap(
            bed.erpClient().PUT('/time-postings/{id}', {
              params: { path: { id: row.id } },
              body: {
                project: priced.project,
                worker: priced.worker,
                workDate: priced.workDate,
                hours: row.latest.hours,
                billable: true,
                billRate: priced.billRate?.toJSON(),
                memo: 'the batch that died',
              },
            }),
          );
      }
    } finally {
      await queue.resume();
    }
    const [lookupsBefore, writesBefore] = [await batches('lookup'), await batches()];
    expect(new Set((await bed.settled(ids)).values())).toEqual(new Set(['posted']));
    expect(await batches('lookup')).toEqual({
      calls: lookupsBefore.calls + 1,
      postings: lookupsBefore.postings + 4,
    });
    expect(await batches()).toEqual({
      calls: writesBefore.calls + 1,
      postings: writesBefore.postings + 2,
    });
    const bills = await billsOf(ids);
    expect(bills).toHaveLength(4);
    expect(Object.fromEntries(bills.map((bill) => [bill.externalId, bill.memo]))).toEqual(
      Object.fromEntries(
        ids.map((id) => [
          `psa-time-${id}`,
          landed.includes(id) ? 'the batch that died' : `PSA time entry ${id} v2`,
        ]),
      ),
    );
    expect(await bed.hops('time-posting', ids)).toEqual(
      [...ids].sort().map((id) => ({ id, status: 'succeeded', attempts: 2 })),
    );
  });
});
