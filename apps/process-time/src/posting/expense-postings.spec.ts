import { unwrap } from '@p2c/clients';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { waitFor } from '@p2c/testing';
import { PollFeedUseCase } from '../intake/poll-feed.use-case';
import { PsaFeedCheckpoints } from '../intake/psa-feed-checkpoints';
import { SweepApprovedUseCase } from '../intake/sweep-approved.use-case';
import { STOPPED_DEAL } from '../testing/northwind-projects';
import { TimeTestBed } from '../testing/time-test-bed';
import { PostingLedger } from './posting-ledger';
import { POSTING_ROW_COLUMNS, PostingRow } from './posting-row';

/** An expenseReport as the sandbox ERP holds it. */
interface ExpenseReport {
  id: string;
  externalId: string;
  amount: number;
  isBillable: boolean;
  approvalStatus: { id: string };
  memo: string;
}

const APPROVED = '2';
/** expenses posted under faults: 60 batch calls, so some fault reaches the flow's own retries */
const FAULTY = 120;
const REJECTED = '3';

describe('expenses posted to the ERP as expense reports, exactly once', () => {
  let bed: TimeTestBed;

  beforeAll(async () => {
    // system-erp retries twice and batches are of two, so some of the ERP's faults reach the
    // posting flow's own retries, and no expense runs out of attempts on a busy machine
    bed = await TimeTestBed.start({
      tierEnv: { ERP_TIMEOUT_MS: '400', ERP_MAX_RETRIES: '2' },
      env: {
        TIME_EXPENSE_MARKUPS: '{"PRJ-006NW000101":"0.10"}',
        TIME_POSTING_BATCH_SIZE: '2',
      },
    });
  }, 120_000);

  afterAll(() => bed?.close());

  async function reportsOf(ids: string[]): Promise<ExpenseReport[]> {
    const wanted = new Set(ids.map((id) => `psa-expense-${id}`));
    return ((await bed.erpRecords('expenseReport')) as unknown as ExpenseReport[]).filter(
      (report) => wanted.has(report.externalId),
    );
  }

  async function postingOf(id: string, until: (posting: Record<string, unknown>) => boolean) {
    return waitFor(
      async () => {
        const res = await bed.api('get', `/postings/psa-expense-${id}`);
        return res.status === 200 && until(res.body) ? res.body : undefined;
      },
      { timeoutMs: 30_000, what: `psa-expense-${id}` },
    );
  }

  const sweep = () => bed.get(SweepApprovedUseCase).execute();

  it('posts each approved expense once at cost, however often it arrives; billing value carries the markup', async () => {
    const [travel, meals] = await bed.logExpenses([
      { opportunity: '006NW000101', worker: 'E1003', date: '2026-11-04', cents: 25_050 },
      {
        opportunity: '006NW000101',
        worker: 'E1004',
        date: '2026-11-05',
        cents: 4_000,
        billable: false,
      },
    ]);
    await bed.registerWebhooks(3);
    try {
      await bed.approveExpenses([travel, meals]);
      await bed.deliveriesDone();
      await bed.get(PollFeedUseCase).execute();
      await bed.get(PsaFeedCheckpoints).forget('events');
      await bed.get(PollFeedUseCase).execute();
      await sweep();
    } finally {
      await bed.dropWebhooks();
    }
    const posted = await postingOf(travel, (p) => p.status === 'posted');
    const unbilled = await postingOf(meals, (p) => p.status === 'posted');
    const reports = await reportsOf([travel, meals]);
    expect(reports).toHaveLength(2);
    expect(
      Object.fromEntries(
        reports.map((r) => [r.externalId, [r.amount, r.isBillable, r.approvalStatus.id]]),
      ),
    ).toEqual({
      [`psa-expense-${travel}`]: [250.5, true, APPROVED],
      [`psa-expense-${meals}`]: [40, false, APPROVED],
    });
    expect(posted).toMatchObject({
      kind: 'EXPENSE',
      postedVersion: 2,
      cost: { amount: '250.50', currency: 'USD' },
      billableValue: { amount: '275.55', currency: 'USD' },
      erpId: reports.find((r) => r.externalId === `psa-expense-${travel}`)!.id,
    });
    expect(unbilled.billableValue).toBeUndefined();
    expect(
      (posted.lineage as { flow: string; targetSystem: string; targetType: string }[]).map(
        (hop) => `${hop.flow}→${hop.targetSystem}:${hop.targetType}`,
      ),
    ).toEqual(['expense-intake→gateway:time_posting', 'expense-posting→erp:expenseReport']);
    const hops = await bed.dataSource.query(
      `SELECT flow, status, attempts, amount_minor AS "amountMinor" FROM sync_ledger
        WHERE source_id = $1 ORDER BY created_at`,
      [travel],
    );
    expect(hops).toEqual([
      expect.objectContaining({ flow: 'expense-intake', status: 'succeeded' }),
      { flow: 'expense-posting', status: 'succeeded', attempts: 1, amountMinor: '27555' },
    ]);
  });

  it('corrects the ERP’s expense in place when the approved expense is edited, and reverses it when approval is withdrawn', async () => {
    const [id] = await bed.logExpenses([
      { opportunity: '006NW000102', worker: 'E1006', date: '2026-11-06', cents: 12_000 },
    ]);
    await bed.approveExpenses([id]);
    await sweep();
    const first = await postingOf(id, (p) => p.status === 'posted');
    await bed.admin(`/state/psa/expenses/${id}`, {
      method: 'PATCH',
      body: { amount_in_cents: 9_000 },
    });
    await sweep();
    const corrected = await postingOf(
      id,
      (p) => p.status === 'posted' && p.postedVersion === p.latestVersion && p.latestVersion !== 2,
    );
    expect(corrected).toMatchObject({ cost: { amount: '90.00' }, erpId: first.erpId });
    expect((await reportsOf([id])).map((r) => [r.amount, r.approvalStatus.id])).toEqual([
      [90, APPROVED],
    ]);

    await bed.admin(`/state/psa/expenses/${id}`, { method: 'PATCH', body: { approved: false } });
    await sweep();
    await postingOf(id, (p) => p.status === 'reversed');
    expect((await reportsOf([id])).map((r) => [r.amount, r.approvalStatus.id])).toEqual([
      [90, REJECTED],
    ]);
    const flows = await bed.dataSource.query(
      `SELECT flow, status FROM sync_ledger WHERE source_id = $1 AND flow <> 'expense-intake'
        ORDER BY created_at`,
      [id],
    );
    expect(flows).toEqual([
      { flow: 'expense-posting', status: 'reversed' },
      { flow: 'expense-posting', status: 'reversed' },
      { flow: 'expense-reversal', status: 'succeeded' },
    ]);
  });

  it.each([
    ['a September expense', { date: '2026-09-30' }, 'PERIOD_CLOSED', { date: '2026-11-09' }],
    ['an expense in pounds', { currency: 'GBP' }, 'CURRENCY_MISMATCH', { currency: 'USD' }],
  ])(
    'blocks %s with %s and nothing in the ERP; posts it once corrected',
    async (_, given, reason, fix) => {
      const [id] = await bed.logExpenses([
        { opportunity: '006NW000101', worker: 'E1003', date: '2026-11-09', cents: 5_000, ...given },
      ]);
      await bed.approveExpenses([id]);
      await sweep();
      const blocked = await postingOf(id, (p) => p.status === 'blocked');
      expect(blocked.exception).toMatchObject({ reasonCode: reason, status: 'open' });
      expect(await reportsOf([id])).toHaveLength(0);

      await bed.admin(`/state/psa/expenses/${id}`, { method: 'PATCH', body: fix });
      await sweep();
      await postingOf(id, (p) => p.status === 'posted');
      expect((await reportsOf([id])).map((r) => r.amount)).toEqual([50]);
      const exceptions = await bed.api('get', `/exceptions?reason=${reason}&status=resolved`);
      expect(exceptions.body.items.map((e: { subjectId: string }) => e.subjectId)).toContain(id);
    },
  );

  it('blocks an expense on the stopped Litware project with PROJECT_NOT_ACTIVE', async () => {
    const [id] = await bed.logExpenses([
      { opportunity: STOPPED_DEAL, worker: 'E1003', date: '2026-11-09', cents: 5_000 },
    ]);
    await bed.approveExpenses([id]);
    await sweep();
    const blocked = await postingOf(id, (p) => p.status === 'blocked');
    expect(blocked.exception).toMatchObject({ reasonCode: 'PROJECT_NOT_ACTIVE' });
    expect(await reportsOf([id])).toHaveLength(0);
  });

  it('lands every expense exactly once with 30% 5xx and 20% timeouts at the ERP', async () => {
    const ids = await bed.logExpenses(
      Array.from({ length: FAULTY }, (_, i) => ({
        opportunity: '006NW000101',
        worker: ['E1003', 'E1004', 'E1002', 'E1001'][i % 4],
        date: '2026-11-10',
        cents: 1_000 + i,
      })),
    );
    await bed.approveExpenses(ids);
    await bed.admin('/faults', {
      method: 'PUT',
      body: { system: 'erp', errorRate: 0.3, timeoutRate: 0.2 },
    });
    try {
      await sweep();
      const statuses = await bed.settled(ids, 120_000);
      expect(new Set(statuses.values())).toEqual(new Set(['posted']));
    } finally {
      await bed.admin('/faults', { method: 'PUT', body: { system: 'erp' } });
    }
    const reports = await reportsOf(ids);
    expect(reports).toHaveLength(FAULTY);
    expect(new Set(reports.map((r) => r.externalId)).size).toBe(FAULTY);
    const cents = reports.reduce((sum, r) => sum + Math.round(r.amount * 100), 0);
    expect(cents).toBe(FAULTY * 1_000 + ((FAULTY - 1) * FAULTY) / 2);
    const [{ retried }] = await bed.dataSource.query(
      `SELECT count(*)::int AS retried FROM sync_ledger
        WHERE flow = 'expense-posting' AND source_id = ANY($1) AND attempts > 1`,
      [ids],
    );
    expect(retried).toBeGreaterThan(0);
  }, 180_000);

  it('takes the ERP’s expense report after a crash between its answer and our commit', async () => {
    const queue = bed.get(QueueFactory).queue(QueueName.TimePosting);
    await queue.pause();
    let landed: string, lost: string;
    try {
      [landed, lost] = await bed.logExpenses(
        ['E1003', 'E1004'].map((worker) => ({
          opportunity: '006NW000101',
          worker,
          date: '2026-11-11',
          cents: 7_700,
        })),
      );
      await bed.approveExpenses([landed, lost]);
      await sweep();
      // an earlier attempt claimed both, and for one of them the ERP answered before it died
      const rows = await bed.dataSource.query<PostingRow[]>(
        `SELECT ${POSTING_ROW_COLUMNS} FROM time_postings WHERE source_id = ANY($1)`,
        [[landed, lost]],
      );
      for (const row of rows)
        await bed.get(PostingLedger).claim(bed.dataSource.manager, row, {
          flow: 'expense-posting',
          targetSystem: 'erp',
          targetType: 'expenseReport',
        });
      await unwrap(
        bed.erpClient().PUT('/expense-postings/{id}', {
          params: { path: { id: `psa-expense-${landed}` } },
          body: {
            project: 'PRJ-006NW000101',
            worker: 'E1003',
            date: '2026-11-11',
            amount: { amount: '77.00', currency: 'USD' },
            billable: true,
            memo: 'the attempt that died',
          },
        }),
      );
    } finally {
      await queue.resume();
    }
    await bed.settled([landed, lost]);
    const reports = await reportsOf([landed, lost]);
    expect(Object.fromEntries(reports.map((r) => [r.externalId, r.memo]))).toEqual({
      [`psa-expense-${landed}`]: 'the attempt that died',
      [`psa-expense-${lost}`]: `PSA expense ${lost} v2: Travel`,
    });
    expect(await bed.hops('expense-posting', [landed, lost])).toEqual(
      [landed, lost].sort().map((id) => ({ id, status: 'succeeded', attempts: 2 })),
    );
  });
});
