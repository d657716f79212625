import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { psaEntries } from '@p2c/apps/process-time/src/testing/psa-entries';
import { waitFor } from '@p2c/testing';
import { BillingTestBed, RunView } from '../testing/billing-test-bed';

const DEALS = ['006NW000101', '006NW000107', '006NW000105'];

describe('invoicing under ERP faults and crashes', () => {
  let bed: BillingTestBed;

  beforeAll(async () => {
    bed = await BillingTestBed.start({
      // system-erp retries a call once, so many an invoice needs billing's own retries and look-first
      tierEnv: { ERP_TIMEOUT_MS: '400', ERP_MAX_RETRIES: '1' },
      billingEnv: { BILLING_INVOICE_ATTEMPTS: '20' },
    });
  }, 120_000);

  afterAll(() => bed?.close());

  const faults = (body: object) =>
    bed.time.admin('/faults', { method: 'PUT', body: { system: 'erp', ...body } });

  /** A week of the deals' time, approved and posted with the ERP healthy. */
  async function postWeek(from: string, to: string): Promise<void> {
    const before = new Set((await psaEntries(bed.time)).map((entry) => entry.id));
    for (const opportunity of DEALS)
      await bed.time.admin('/psa/time-entries/generate', { body: { from, to, opportunity } });
    await bed.time.admin('/psa/time-entries/approve', { body: { all: true } });
    const fresh = (await psaEntries(bed.time)).filter((entry) => !before.has(entry.id));
    await bed.time.get(SweepApprovedUseCase).execute();
    await bed.time.settled(fresh.map((entry) => entry.id));
  }

  /** Starts a run, asking again while the ERP's legal entities cannot be read (nothing written). */
  async function start(legalEntity: string): Promise<string> {
    return waitFor(
      async () => {
        const answer = await bed
          .api('post', '/billing-runs')
          .send({ legalEntity, period: '2026-11' });
        return answer.status === 202 ? (answer.body.id as string) : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 100, what: `a ${legalEntity} run to start` },
    );
  }

  async function invoicesById(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const invoice of await bed.erpInvoices()) {
      const id = String(invoice.externalId);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  it('raises each invoice exactly once with 20% 5xx and 10% timeouts at the ERP', async () => {
    const runs: RunView[] = [];
    for (const [from, to] of [
      ['2026-11-02', '2026-11-06'],
      ['2026-11-09', '2026-11-13'],
      ['2026-11-16', '2026-11-20'],
    ]) {
      await postWeek(from, to);
      await faults({ errorRate: 0.2, timeoutRate: 0.1 });
      try {
        const ids = [await start('NWA-US'), await start('NWA-DE')];
        for (const id of ids) runs.push(await bed.finished(id, 180_000));
      } finally {
        await faults({});
      }
    }
    const events = runs.flatMap((run) => run.projects);
    expect(events).toHaveLength(9);
    expect(events.filter((event) => event.status !== 'invoiced')).toEqual([]);
    expect(runs.map((run) => run.status)).toEqual(Array(6).fill('completed'));
    const invoices = await invoicesById();
    expect(events.map((event) => invoices.get(event.billingEvent))).toEqual(Array(9).fill(1));
    expect(invoices.size).toBe(9);
    const hops: { attempts: number; status: string }[] = await bed.dataSource.query(
      `SELECT attempts, status FROM sync_ledger WHERE flow = 'billing'`,
    );
    expect(hops.map((hop) => hop.status)).toEqual(Array(9).fill('succeeded'));
    expect(hops.some((hop) => hop.attempts > 1)).toBe(true);
    const [{ cases }] = await bed.dataSource.query(
      `SELECT count(*)::int AS cases FROM exceptions WHERE flow = 'billing'`,
    );
    expect(cases).toBe(0);
  }, 600_000);

  it('looks first after the ERP raised an invoice whose commit was lost, and raises no second one', async () => {
    await postWeek('2026-11-23', '2026-11-27');
    // the commit after the ERP's answer fails until the trigger is dropped: a crash at that point
    await bed.dataSource.query(`
      CREATE FUNCTION lose_invoiced_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'commit lost'; END $$`);
    await bed.dataSource.query(`
      CREATE TRIGGER lose_invoiced_commit BEFORE UPDATE ON billing_events FOR EACH ROW
        WHEN (NEW.status = 'invoiced') EXECUTE FUNCTION lose_invoiced_commit()`);
    let id: string;
    try {
      id = await start('NWA-DE');
      await waitFor(
        async () => {
          const [hop] = await bed.dataSource.query(
            `SELECT h.attempts FROM sync_ledger h JOIN billing_events e ON h.source_id = e.id::text
              WHERE e.run_id = $1`,
            [id],
          );
          return hop?.attempts >= 2;
        },
        { timeoutMs: 30_000, what: 'a retry after the lost commit' },
      );
    } finally {
      await bed.dataSource.query(`DROP TRIGGER lose_invoiced_commit ON billing_events`);
      await bed.dataSource.query(`DROP FUNCTION lose_invoiced_commit()`);
    }
    const run = await bed.finished(id, 60_000);
    expect(run.projects.map((p) => p.status)).toEqual(['invoiced']);
    const invoices = await invoicesById();
    expect(invoices.get(run.projects[0].billingEvent)).toBe(1);
  }, 120_000);
});
