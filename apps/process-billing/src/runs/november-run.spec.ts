import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { IndependentPrices } from '@p2c/apps/process-time/src/testing/independent-prices';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { PsaEntry, psaEntries } from '@p2c/apps/process-time/src/testing/psa-entries';
import { BillingTestBed, RunView } from '../testing/billing-test-bed';

const WEEK = { from: '2026-11-16', to: '2026-11-20' };
/** Northwind's US time-and-materials deals; 006NW000102 (US too) is billed by milestone. */
const US_TIME_AND_MATERIALS = ['006NW000101', '006NW000107'];
const DE_TIME_AND_MATERIALS = '006NW000105';
const prices = new IndependentPrices();

/** An ERP invoice as the sandbox holds it. */
interface ErpInvoice {
  externalId: string;
  job?: { id: string };
  subtotal: number;
  taxTotal: number;
  total: number;
  currency: { refName?: string; id: string };
  item: { items: { description: string; quantity: number; rate: number; amount: number }[] };
}

const cents = (amount: number) => BigInt(Math.round(amount * 100));

/** Per role, the test's own hours × bill rate of the billable entries, in cents. */
function expectedByRole(entries: PsaEntry[], opportunity: string): Map<string, bigint> {
  const card = prices.rateCardOf(opportunity);
  const sums = new Map<string, bigint>();
  for (const entry of entries.filter((e) => e.opportunity === opportunity && e.billable)) {
    const amount = IndependentPrices.amount(
      prices.billRateCents(card, entry.role, entry.date)!,
      entry.minutes,
    );
    sums.set(entry.role, (sums.get(entry.role) ?? 0n) + amount);
  }
  return sums;
}

describe('a November time-and-materials billing run for Northwind', () => {
  let bed: BillingTestBed;
  let entries: PsaEntry[];
  let expenseCents: Record<'Meals' | 'Travel', bigint>;
  let us: RunView;

  beforeAll(async () => {
    bed = await BillingTestBed.start({
      env: { TIME_EXPENSE_MARKUPS: '{"PRJ-006NW000101":"0.10"}' },
    });
    const time = bed.time;
    for (const opportunity of [...US_TIME_AND_MATERIALS, '006NW000102', DE_TIME_AND_MATERIALS])
      await time.admin('/psa/time-entries/generate', { body: { ...WEEK, opportunity } });
    await time.logTime([
      // October's work still unbilled: billed by November's run
      { opportunity: '006NW000101', worker: 'E1003', date: '2026-10-30', hours: 6 },
      // not billable: never billed
      {
        opportunity: '006NW000101',
        worker: 'E1002',
        date: '2026-11-17',
        hours: 2,
        billable: false,
      },
      // a quarter hour
      { opportunity: '006NW000107', worker: 'E1006', date: '2026-11-18', hours: 0.25 },
    ]);
    await time.admin('/psa/time-entries/approve', { body: { all: true } });
    const expenses = await time.logExpenses([
      { opportunity: '006NW000101', worker: 'E1003', date: '2026-11-18', cents: 13_211 },
      {
        opportunity: '006NW000101',
        worker: 'E1003',
        date: '2026-11-19',
        cents: 4_005,
        category: 'Meals',
      },
    ]);
    await time.approveExpenses(expenses);
    // with the contract's 10 % markup, half up: 132.11 travel is 145.32, 40.05 of meals 44.06
    expenseCents = { Meals: (4_005n * 110n + 50n) / 100n, Travel: (13_211n * 110n + 50n) / 100n };
    const approved = (await psaEntries(time)).filter((entry) => entry.approved);
    await time.get(SweepApprovedUseCase).execute();
    const settled = await time.settled([...approved.map((entry) => entry.id), ...expenses]);
    expect(expenses.map((id) => settled.get(id))).toEqual(['posted', 'posted']);
    // what process-time posted is what billing bills (Northwind has entries it refuses, e.g. rates missing)
    entries = approved.filter((entry) => settled.get(entry.id) === 'posted');
    expect(entries.length).toBeGreaterThan(30);
    us = await bed.run('NWA-US', '2026-11');
  }, 240_000);

  afterAll(() => bed?.close());

  it('invoices each US time-and-materials project once, and not the milestone project', async () => {
    expect(us.status).toBe('completed');
    expect(us.projects.map((p) => [p.project, p.status])).toEqual(
      US_TIME_AND_MATERIALS.map((opportunity) => [projectOf(opportunity), 'invoiced']),
    );
    const invoices = (await bed.erpInvoices()) as unknown as ErpInvoice[];
    expect(invoices.map((invoice) => invoice.externalId).sort()).toEqual(
      us.projects.map((p) => p.billingEvent).sort(),
    );
  });

  it('bills hours × bill rates per role, the expense with its markup, and lines that sum exactly', async () => {
    const invoices = (await bed.erpInvoices()) as unknown as ErpInvoice[];
    for (const opportunity of US_TIME_AND_MATERIALS) {
      const event = us.projects.find((p) => p.project === projectOf(opportunity))!;
      const invoice = invoices.find((i) => i.externalId === event.billingEvent)!;
      const expected = expectedByRole(entries, opportunity);
      const lines = invoice.item.items;
      const isExpense = (line: { description: string }) => / expenses, /.test(line.description);
      const timeLines = lines.filter((line) => !isExpense(line));
      const billed = new Map<string, bigint>();
      for (const line of timeLines) {
        const role = line.description.split(' ')[0];
        billed.set(role, (billed.get(role) ?? 0n) + cents(line.amount));
      }
      expect(billed).toEqual(expected);
      const expenseLines = lines.filter(isExpense);
      // a line per category
      expect(expenseLines.map((line) => [line.description, cents(line.amount)])).toEqual(
        opportunity === '006NW000101'
          ? [
              ['Meals expenses, 2026-11', expenseCents.Meals],
              ['Travel expenses, 2026-11', expenseCents.Travel],
            ]
          : [],
      );
      const net =
        [...expected.values()].reduce((sum, amount) => sum + amount, 0n) +
        (opportunity === '006NW000101' ? expenseCents.Meals + expenseCents.Travel : 0n);
      expect(lines.reduce((sum, line) => sum + cents(line.amount), 0n)).toBe(net);
      expect(cents(invoice.subtotal)).toBe(net);
      expect(event.net).toEqual({ amount: (Number(net) / 100).toFixed(2), currency: 'USD' });
      expect([invoice.taxTotal, event.tax.amount]).toEqual([0, '0.00']);
    }
  });

  it('bills October’s unbilled entry in November’s run, and never the non-billable one', async () => {
    const [row] = await bed.dataSource.query(
      `SELECT count(*) FILTER (WHERE accounting_period = '2026-10')::int AS october,
              count(*) FILTER (WHERE posting_id LIKE 'psa-time-%')::int AS time
         FROM billing_event_items`,
    );
    const billable = entries.filter(
      (e) => US_TIME_AND_MATERIALS.includes(e.opportunity) && e.billable,
    );
    expect(row).toEqual({ october: 1, time: billable.length });
  });

  it('raises a German invoice in EUR with 19 % tax on the net total, half up to the cent', async () => {
    const de = await bed.run('NWA-DE', '2026-11');
    expect(de.projects.map((p) => [p.project, p.status])).toEqual([
      [projectOf(DE_TIME_AND_MATERIALS), 'invoiced'],
    ]);
    const net = [...expectedByRole(entries, DE_TIME_AND_MATERIALS).values()].reduce(
      (sum, amount) => sum + amount,
      0n,
    );
    const tax = (net * 19n + 50n) / 100n;
    const [event] = de.projects;
    expect([event.net, event.tax, event.total]).toEqual(
      [net, tax, net + tax].map((minor) => ({
        amount: (Number(minor) / 100).toFixed(2),
        currency: 'EUR',
      })),
    );
    const invoice = ((await bed.erpInvoices()) as unknown as ErpInvoice[]).find(
      (i) => i.externalId === event.billingEvent,
    )!;
    expect([cents(invoice.subtotal), cents(invoice.taxTotal)]).toEqual([net, tax]);
  });

  it('bills nothing twice: a rerun raises no second invoice and the ledger holds one hop per invoice', async () => {
    const before = await bed.erpInvoices();
    const rerun = await bed.run('NWA-US', '2026-11');
    expect([rerun.status, rerun.projects]).toEqual(['completed', []]);
    expect((await bed.erpInvoices()).length).toBe(before.length);
    const hops: { status: string; attempts: number }[] = await bed.dataSource.query(
      `SELECT status, attempts FROM sync_ledger WHERE flow = 'billing' AND target_type = 'invoice'`,
    );
    expect(hops).toHaveLength(before.length);
    expect(hops.every((hop) => hop.status === 'succeeded')).toBe(true);
  });

  it('keeps going when one project’s invoice is refused, and bills that project’s work in the next run', async () => {
    const time = bed.time;
    const staffed = (opportunity: string) =>
      entries.find((entry) => entry.opportunity === opportunity && entry.billable)!;
    const [first, second] = US_TIME_AND_MATERIALS.map(staffed);
    const ids = await time.logTime([
      { opportunity: first.opportunity, worker: first.worker, date: '2026-11-24', hours: 3 },
      { opportunity: second.opportunity, worker: second.worker, date: '2026-11-24', hours: 5 },
    ]);
    await time.approve(ids);
    await time.get(SweepApprovedUseCase).execute();
    expect([...(await time.settled(ids)).values()]).toEqual(['posted', 'posted']);
    const {
      items: [job],
    } = await time.admin<{ items: { parent: { id: string } }[] }>(
      `/state/erp/job?externalId=${projectOf(second.opportunity)}`,
    );
    const customer = `/state/erp/customer/${job.parent.id}`;
    await time.admin(customer, { method: 'PATCH', body: { isInactive: true } });

    const refused = await bed.run('NWA-US', '2026-11');
    expect(refused.status).toBe('completed_with_exceptions');
    expect(refused.projects.map((p) => [p.project, p.status, p.items])).toEqual([
      [projectOf(first.opportunity), 'invoiced', 1],
      [projectOf(second.opportunity), 'failed', 0],
    ]);
    const failed = refused.projects[1];
    const cases: { id: string; reason: string; status: string; subject: string }[] =
      await bed.dataSource.query(
        `SELECT id, reason_code AS reason, status, subject_id AS subject
           FROM exceptions WHERE flow = 'billing'`,
      );
    expect(cases).toEqual([
      {
        id: failed.exception,
        reason: 'VENDOR_REJECTED',
        status: 'open',
        subject: failed.billingEvent,
      },
    ]);

    await time.admin(customer, { method: 'PATCH', body: { isInactive: false } });
    const next = await bed.run('NWA-US', '2026-11');
    const rate = prices.billRateCents(
      prices.rateCardOf(second.opportunity),
      second.role,
      '2026-11-24',
    )!;
    expect(next.projects.map((p) => [p.project, p.status, p.items, p.net.amount])).toEqual([
      [projectOf(second.opportunity), 'invoiced', 1, (Number(rate * 5n) / 100).toFixed(2)],
    ]);
    const [after] = await bed.dataSource.query(`SELECT status FROM exceptions WHERE id = $1`, [
      failed.exception,
    ]);
    expect(after.status).toBe('resolved');
  });

  it('counts runs and events on /kpis, with nothing blocked once the refused work is invoiced', async () => {
    const kpis = (await bed.api('get', '/kpis').expect(200)).body;
    const [counts] = await bed.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'invoiced')::int AS invoiced,
              count(*) FILTER (WHERE status = 'failed')::int AS failed,
              sum(invoice_net_minor) FILTER (WHERE status = 'invoiced' AND currency = 'EUR')::text AS eur
         FROM billing_events`,
    );
    expect(kpis.events).toEqual([
      { status: 'failed', count: counts.failed },
      { status: 'invoiced', count: counts.invoiced },
    ]);
    expect(
      kpis.invoiced.find((row: { net: { currency: string } }) => row.net.currency === 'EUR'),
    ).toEqual({
      events: 1,
      net: { amount: (Number(counts.eur) / 100).toFixed(2), currency: 'EUR' },
    });
    expect([kpis.blocked, kpis.openExceptions]).toEqual([[], []]);
    expect(kpis.invoiceSyncP90Seconds).toBeGreaterThanOrEqual(kpis.invoiceSyncP50Seconds);
  });

  describe('bad input', () => {
    async function nothingWritten<T>(send: () => Promise<T>): Promise<T> {
      const count = async () =>
        (
          await bed.dataSource.query(`SELECT (SELECT count(*) FROM billing_runs)::int AS runs`)
        )[0] as { runs: number };
      const before = await count();
      const answer = await send();
      expect((await count()).runs).toBe(before.runs);
      return answer;
    }

    it('refuses an unknown legal entity with 422 problem+json', async () => {
      const answer = await nothingWritten(() =>
        bed.api('post', '/billing-runs').send({ legalEntity: 'NWA-XX', period: '2026-11' }),
      );
      expect(answer.status).toBe(422);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ status: 422, code: 'INVALID_DIMENSION' });
    });

    it('refuses the month 2026-13 and unknown fields with 400 problem+json', async () => {
      for (const body of [
        { legalEntity: 'NWA-US', period: '2026-13' },
        { legalEntity: 'NWA-US', period: '2026-11', dryRun: true },
        { legalEntity: 'NWA-US' },
      ]) {
        const answer = await nothingWritten(() => bed.api('post', '/billing-runs').send(body));
        expect({ body, status: answer.status }).toEqual({ body, status: 400 });
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(answer.body.code).toBe('VALIDATION_FAILED');
      }
    });

    it('replays an idempotency key with the same body, and refuses it with another body (422)', async () => {
      const key = `billing-${Date.now()}`;
      const first = await bed
        .api('post', '/billing-runs')
        .set('idempotency-key', key)
        .send({ legalEntity: 'NWA-UK', period: '2026-11' })
        .expect(202);
      const again = await nothingWritten(() =>
        bed
          .api('post', '/billing-runs')
          .set('idempotency-key', key)
          .send({ legalEntity: 'NWA-UK', period: '2026-11' }),
      );
      expect([again.status, again.body.id]).toEqual([202, first.body.id]);
      const other = await nothingWritten(() =>
        bed
          .api('post', '/billing-runs')
          .set('idempotency-key', key)
          .send({ legalEntity: 'NWA-UK', period: '2026-10' }),
      );
      expect(other.status).toBe(422);
      expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      await bed.finished(first.body.id);
    });

    it('answers 404 problem+json for a run it does not have', async () => {
      const answer = await bed
        .api('get', '/billing-runs/0b9d7a52-3c1e-4a8f-9d57-2f1c8e0a6b31')
        .expect(404);
      expect(answer.body.code).toBe('NOT_FOUND');
    });
  });
});
