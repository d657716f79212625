import { unwrap } from '@p2c/clients';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { SweepApprovedUseCase } from '../intake/sweep-approved.use-case';
import { EntryPricer } from '../pricing/entry-pricer';
import { TimeTestBed } from '../testing/time-test-bed';
import { PostingLedger } from './posting-ledger';
import { POSTING_ROW_COLUMNS, PostingRow } from './posting-row';

interface Bill {
  externalId: string;
  hours: string;
  memo: string;
}

describe('posting under ERP faults', () => {
  let bed: TimeTestBed;

  beforeAll(async () => {
    // small batches: enough ERP calls for the faults to reach the flow's own retries
    bed = await TimeTestBed.start({
      tierEnv: { ERP_TIMEOUT_MS: '400', ERP_MAX_RETRIES: '2' },
      env: { TIME_POSTING_BATCH_SIZE: '5' },
    });
  }, 120_000);

  afterAll(() => bed?.close());

  const faults = (body: object) =>
    bed.admin('/faults', { method: 'PUT', body: { system: 'erp', ...body } });

  async function logAndApprove(count: number, date: string): Promise<string[]> {
    const workers = ['E1003', 'E1004', 'E1002', 'E1001'];
    const ids = await bed.logTime(
      Array.from({ length: count }, (_, i) => ({
        opportunity: '006NW000101',
        worker: workers[i % workers.length],
        date,
        hours: 0.25 * (1 + (i % 16)),
      })),
    );
    await bed.approve(ids);
    return ids;
  }

  async function billsOf(ids: string[]): Promise<Bill[]> {
    const wanted = new Set(ids.map((id) => `psa-time-${id}`));
    return ((await bed.erpRecords('timeBill')) as unknown as Bill[]).filter((bill) =>
      wanted.has(bill.externalId),
    );
  }

  async function exceptionsOf(ids: string[]): Promise<number> {
    const [{ count }] = await bed.dataSource.query(
      `SELECT count(*)::int AS count FROM exceptions WHERE subject_id = ANY($1)`,
      [ids],
    );
    return count;
  }

  it('lands every entry exactly once with 40% 5xx and 20% timeouts at the ERP', async () => {
    const ids = await logAndApprove(200, '2026-11-09');
    await faults({ errorRate: 0.4, timeoutRate: 0.2 });
    try {
      await bed.get(SweepApprovedUseCase).execute();
      const statuses = await bed.settled(ids, 120_000);
      expect(new Set(statuses.values())).toEqual(new Set(['posted']));
    } finally {
      await faults({});
    }
    const bills = await billsOf(ids);
    expect(bills).toHaveLength(200);
    expect(new Set(bills.map((bill) => bill.externalId)).size).toBe(200);
    expect(await exceptionsOf(ids)).toBe(0);
    const retried: { n: number }[] = await bed.dataSource.query(
      `SELECT count(*)::int AS n FROM sync_ledger
        WHERE flow = 'time-posting' AND source_id = ANY($1) AND attempts > 1`,
      [ids],
    );
    expect(retried[0].n).toBeGreaterThan(0);
  }, 180_000);

  it('slows the queue while the ERP answers 429, and fails no job', async () => {
    const ids = await logAndApprove(40, '2026-11-10');
    // one call a second: well under what even batches of five need, so the ERP limits it
    await faults({ rateLimit: { perSecond: 1 } });
    const before = await deferrals();
    try {
      await bed.get(SweepApprovedUseCase).execute();
      const statuses = await bed.settled(ids, 120_000);
      expect(new Set(statuses.values())).toEqual(new Set(['posted']));
    } finally {
      await faults({});
    }
    expect(await deferrals()).toBeGreaterThan(before);
    expect(await billsOf(ids)).toHaveLength(40);
    expect(await exceptionsOf(ids)).toBe(0);
  }, 180_000);

  it('takes the ERP’s record after a crash between its answer and our commit', async () => {
    const queue = bed.get(QueueFactory).queue(QueueName.TimePosting);
    await queue.pause();
    let landed: string, lost: string;
    try {
      [landed, lost] = await logAndApprove(2, '2026-11-11');
      await bed.get(SweepApprovedUseCase).execute();
      // an earlier attempt claimed both; for one of them the ERP had answered before it died
      for (const id of [landed, lost]) {
        const [row] = await bed.dataSource.query<PostingRow<'TIME'>[]>(
          `SELECT ${POSTING_ROW_COLUMNS} FROM time_postings WHERE kind = 'TIME' AND source_id = $1`,
          [id],
        );
        const priced = await bed.get(EntryPricer).priceTime(row.latest, false);
        await bed.dataSource.transaction((m) =>
          bed.get(PostingLedger).claim(m, row, {
            flow: 'time-posting',
            targetSystem: 'erp',
            targetType: 'timeBill',
          }),
        );
        if (id === landed)
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
                memo: 'the attempt that died',
              },
            }),
          );
      }
    } finally {
      await queue.resume();
    }
    await bed.settled([landed, lost]);
    const bills = await billsOf([landed, lost]);
    expect(Object.fromEntries(bills.map((bill) => [bill.externalId, bill.memo]))).toEqual({
      [`psa-time-${landed}`]: 'the attempt that died',
      [`psa-time-${lost}`]: `PSA time entry ${lost} v2`,
    });
    expect(await bed.hops('time-posting', [landed, lost])).toEqual(
      [landed, lost].sort().map((id) => ({ id, status: 'succeeded', attempts: 2 })),
    );
  });

  async function deferrals(): Promise<number> {
    const metrics = await bed.api('get', '/metrics');
    const match = /^p2c_time_posting_deferrals_total(?:\{[^}]*\})? (\d+)/m.exec(metrics.text);
    return match ? Number(match[1]) : 0;
  }
});
