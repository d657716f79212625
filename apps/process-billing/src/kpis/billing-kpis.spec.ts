import request from 'supertest';
import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { IndependentPrices } from '@p2c/apps/process-time/src/testing/independent-prices';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { PsaEntry, psaEntries } from '@p2c/apps/process-time/src/testing/psa-entries';
import { addDays } from '@p2c/canonical';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';
import { BillingTestBed, RunView } from '../testing/billing-test-bed';

const WEEK = { from: '2026-11-16', to: '2026-11-20' };
const US_FIRST = '006NW000101';
const US_SECOND = '006NW000107';
const US_MILESTONES = '006NW000102';
const DE_DEAL = '006NW000105';
const UK_FIXED_FEE = '006NW000103';
const UK_RETAINER = '006NW000104';
/** the time-and-materials deals, with their legal entity and contract currency */
const TIME_AND_MATERIALS: Record<string, { legalEntity: string; currency: string }> = {
  [US_FIRST]: { legalEntity: 'NWA-US', currency: 'USD' },
  [US_SECOND]: { legalEntity: 'NWA-US', currency: 'USD' },
  [DE_DEAL]: { legalEntity: 'NWA-DE', currency: 'EUR' },
};
const AGES = ['0-30', '31-60', '61-90', 'over-90'];
const CACHE_MS = 1_500;
const prices = new IndependentPrices();

/** One source still to bill, as the test itself prices and dates it. */
interface Work {
  legalEntity: string;
  currency: string;
  date: string;
  cents: bigint;
  source: 'posting' | 'line';
}

interface UnbilledRow {
  legalEntity: string;
  age: string;
  amount: { amount: string; currency: string };
  postings: number;
  scheduleLines: number;
}

const today = () => new Date().toISOString().slice(0, 10);
const decimal = (cents: bigint) => {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};

/** The age bucket, counted back from today with calendar days. */
function ageOf(date: string, on: string): string {
  if (date >= addDays(on, -30)) return '0-30';
  if (date >= addDays(on, -60)) return '31-60';
  if (date >= addDays(on, -90)) return '61-90';
  return 'over-90';
}

/** What `/kpis` should answer as unbilled for this work, in its order. */
function expectedUnbilled(work: Work[]): UnbilledRow[] {
  const on = today();
  const rows = new Map<string, UnbilledRow & { cents: bigint }>();
  for (const item of work) {
    const age = ageOf(item.date, on);
    const key = `${item.legalEntity} ${item.currency} ${AGES.indexOf(age)}`;
    const row = rows.get(key) ?? {
      legalEntity: item.legalEntity,
      age,
      amount: { amount: '', currency: item.currency },
      postings: 0,
      scheduleLines: 0,
      cents: 0n,
    };
    row.cents += item.cents;
    if (item.source === 'posting') row.postings++;
    else row.scheduleLines++;
    rows.set(key, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, { cents, ...row }]) => ({
      ...row,
      amount: { amount: decimal(cents), currency: row.amount.currency },
    }));
}

/** A posted time entry at its bill rate on its work date (the test's own price). */
function postedWork(entry: PsaEntry): Work {
  const rate = prices.billRateCents(prices.rateCardOf(entry.opportunity), entry.role, entry.date)!;
  return {
    ...TIME_AND_MATERIALS[entry.opportunity],
    date: entry.date,
    cents: IndependentPrices.amount(rate, entry.minutes),
    source: 'posting',
  };
}

/** The UK schedule lines due by today and after `billedTo`, from the scenario. */
function dueLines(billedTo?: string): Work[] {
  return defaultScenario()
    .opportunities.filter((deal) => [UK_FIXED_FEE, UK_RETAINER].includes(deal.crmId))
    .flatMap((deal) => deal.milestones ?? [])
    .filter((line) => line.dueDate <= today() && (!billedTo || line.dueDate > billedTo))
    .map((line) => ({
      legalEntity: 'NWA-UK',
      currency: 'GBP',
      date: line.dueDate,
      cents: BigInt(Math.round(Number(line.amount) * 100)),
      source: 'line' as const,
    }));
}

/** percentile_cont: linear between the two closest ranks. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = p * (sorted.length - 1);
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
}

/** The samples of one metric in Prometheus' text format, with their labels. */
function samples(text: string, name: string): { labels: Record<string, string>; value: number }[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .map((line) => {
      const [, labelText = '', value] = /^\S+?(?:\{(.*)\})? (\S+)$/.exec(line)!;
      const labels = Object.fromEntries(
        [...labelText.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, label]) => [key, label]),
      );
      return { labels, value: Number(value) };
    });
}

/** label values (as `a/b`) → value, for the samples that have every one of these labels */
function byLabels(text: string, name: string, keys: string[]): Record<string, number> {
  return Object.fromEntries(
    samples(text, name)
      .filter((sample) => keys.every((key) => key in sample.labels))
      .map((sample) => [keys.map((key) => sample.labels[key]).join('/'), sample.value]),
  );
}

describe('billing KPIs on /kpis and metrics on /metrics', () => {
  let bed: BillingTestBed;
  /** posted billable time of the three time-and-materials deals */
  let posted: PsaEntry[];

  const kpis = async () => (await bed.api('get', '/kpis').expect(200)).body;
  /** /kpis once its unbilled amount has been read after `after` */
  const kpisReadAfter = (after: string) =>
    waitFor(
      async () => {
        const body = await kpis();
        return body.unbilled && body.unbilled.asOf > after ? body : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 200, what: `an unbilled amount read after ${after}` },
    );
  const metrics = async () =>
    (await request(bed.app.getHttpServer()).get('/metrics').expect(200)).text;

  const entriesOf = (...opportunities: string[]) =>
    posted.filter((entry) => opportunities.includes(entry.opportunity));

  const eventStatus = async (id: string): Promise<string> =>
    (await bed.dataSource.query(`SELECT status FROM billing_events WHERE id = $1`, [id]))[0].status;

  /** Waits until the event is no longer pending (its invoice was tried to the end). */
  const settledEvent = (id: string) =>
    waitFor(
      async () => {
        const status = await eventStatus(id);
        return status !== 'pending' && status;
      },
      { timeoutMs: 60_000, intervalMs: 200, what: `billing event ${id} to settle` },
    );

  /** A US run (its events wait for approval above 1,000.00) once planned and settled. */
  async function usRun(): Promise<RunView> {
    const started = await bed
      .api('post', '/billing-runs')
      .send({ legalEntity: 'NWA-US', period: '2026-11' })
      .expect(202);
    return waitFor(
      async () => {
        const run = (await bed.api('get', `/billing-runs/${started.body.id}`).expect(200))
          .body as RunView;
        return ['awaiting_approval', 'completed', 'completed_with_exceptions'].includes(run.status)
          ? run
          : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 200, what: 'the US run to plan' },
    );
  }

  const eventOf = (run: RunView, opportunity: string) =>
    run.projects.find((p) => p.project === projectOf(opportunity))!;

  const approve = (id: string) =>
    bed.api('post', `/billing-events/${id}/approve`).send({}).expect(200);

  /** Posts more time and answers the entries as posted. */
  async function postMore(
    entries: { opportunity: string; worker: string; date: string; hours: number }[],
  ): Promise<PsaEntry[]> {
    const ids = await bed.time.logTime(entries);
    await bed.time.approve(ids);
    await bed.time.get(SweepApprovedUseCase).execute();
    expect([...(await bed.time.settled(ids)).values()]).toEqual(ids.map(() => 'posted'));
    return (await psaEntries(bed.time)).filter((entry) => ids.includes(entry.id));
  }

  const customerOf = async (opportunity: string) => {
    const {
      items: [job],
    } = await bed.time.admin<{ items: { parent: { id: string } }[] }>(
      `/state/erp/job?externalId=${projectOf(opportunity)}`,
    );
    return `/state/erp/customer/${job.parent.id}`;
  };
  const erpFaults = (body: object) =>
    bed.time.admin('/faults', { method: 'PUT', body: { system: 'erp', ...body } });

  beforeAll(async () => {
    bed = await BillingTestBed.start({
      billingEnv: {
        BILLING_APPROVAL_THRESHOLDS: '{"NWA-US":"1000.00"}',
        BILLING_INVOICE_ATTEMPTS: '2',
        BILLING_UNBILLED_CACHE_MS: String(CACHE_MS),
      },
    });
    const time = bed.time;
    await time.registerWebhooks(1);
    await bed.activate([UK_FIXED_FEE, UK_RETAINER].map(projectOf));
    for (const opportunity of [US_FIRST, US_SECOND, US_MILESTONES, DE_DEAL])
      await time.admin('/psa/time-entries/generate', { body: { ...WEEK, opportunity } });
    // older work, in an older bucket
    await time.logTime([{ opportunity: US_FIRST, worker: 'E1003', date: '2026-10-30', hours: 6 }]);
    await time.admin('/psa/time-entries/approve', { body: { all: true } });
    const approved = (await psaEntries(time)).filter((entry) => entry.approved);
    await time.get(SweepApprovedUseCase).execute();
    const settled = await time.settled(approved.map((entry) => entry.id));
    const all = approved.filter((entry) => settled.get(entry.id) === 'posted' && entry.billable);
    // the milestone deal's billable time is posted too, and never billed as time
    expect(all.some((entry) => entry.opportunity === US_MILESTONES)).toBe(true);
    posted = all.filter((entry) => entry.opportunity in TIME_AND_MATERIALS);
    expect(entriesOf(US_SECOND).length).toBeGreaterThan(0);
    expect(entriesOf(DE_DEAL).length).toBeGreaterThan(0);
  }, 240_000);

  afterAll(() => bed?.close());

  it('shows what each legal entity has to bill by age before any run: time-and-materials postings and due schedule lines', async () => {
    const body = await kpis();
    expect(body.unbilled.amounts).toEqual(
      expectedUnbilled([...posted.map(postedWork), ...dueLines()]),
    );
    expect([body.pendingApproval, body.readinessLag, body.invoiceSync]).toEqual([[], [], []]);
  });

  it('reads the unbilled amount once for every call within BILLING_UNBILLED_CACHE_MS, then again', async () => {
    const first = await kpis();
    const again = await kpis();
    expect(again.unbilled.asOf).toBe(first.unbilled.asOf);
    await new Promise((resolve) => setTimeout(resolve, CACHE_MS + 100));
    const together = await Promise.all([kpis(), kpis(), kpis()]);
    const asOf = together.map((body) => body.unbilled.asOf);
    expect(new Set(asOf).size).toBe(1);
    expect(asOf[0] > first.unbilled.asOf).toBe(true);
  });

  describe('after the runs', () => {
    let us: RunView;
    let deLeftover: PsaEntry[];

    beforeAll(async () => {
      await bed.run('NWA-DE', '2026-11');
      await bed.run('NWA-UK', '2026-11');
      us = await usRun();
      const [de] = entriesOf(DE_DEAL);
      deLeftover = await postMore([
        { opportunity: DE_DEAL, worker: de.worker, date: '2026-11-25', hours: 4 },
      ]);
    }, 180_000);

    it('shows only the work left after the runs as unbilled, with the US events pending approval', async () => {
      expect(us.status).toBe('awaiting_approval');
      expect(us.projects.map((p) => [p.project, p.status])).toEqual(
        [US_FIRST, US_SECOND].map((deal) => [projectOf(deal), 'pending_approval']),
      );
      const body = await kpisReadAfter(new Date().toISOString());
      expect(body.unbilled.amounts).toEqual(
        expectedUnbilled([...deLeftover.map(postedWork), ...dueLines('2026-11-30')]),
      );
      const usNet = entriesOf(US_FIRST, US_SECOND)
        .map((entry) => postedWork(entry).cents)
        .reduce((sum, cents) => sum + cents, 0n);
      expect(body.pendingApproval).toEqual([
        { events: 2, net: { amount: decimal(usNet), currency: 'USD' } },
      ]);
      const text = await metrics();
      expect(byLabels(text, 'p2c_billing_events', ['legal_entity', 'status'])).toMatchObject({
        'NWA-US/pending_approval': 2,
        'NWA-US/invoiced': 0,
        'NWA-DE/invoiced': 1,
        'NWA-UK/invoiced': 2,
      });
      expect(
        byLabels(text, 'p2c_billing_pending_approval_amount', ['legal_entity', 'currency']),
      ).toMatchObject({ 'NWA-US/USD': Number(decimal(usNet)), 'NWA-DE/EUR': 0 });
    });

    it('counts approvals and rejections; a rejected event’s work is unbilled again', async () => {
      const first = eventOf(us, US_FIRST).billingEvent;
      await approve(first);
      expect(await settledEvent(first)).toBe('invoiced');
      const before = new Date().toISOString();
      await bed
        .api('post', `/billing-events/${eventOf(us, US_SECOND).billingEvent}/reject`)
        .send({ reason: 'Hours disputed by the client.' })
        .expect(200);
      const body = await kpisReadAfter(before);
      expect(body.pendingApproval).toEqual([]);
      expect(
        body.unbilled.amounts.filter((row: UnbilledRow) => row.legalEntity === 'NWA-US'),
      ).toEqual(expectedUnbilled(entriesOf(US_SECOND).map(postedWork)));
      const text = await metrics();
      expect(
        byLabels(text, 'p2c_billing_approval_decisions_total', ['legal_entity', 'decision']),
      ).toEqual({ 'NWA-US/approved': 1, 'NWA-US/rejected': 1 });
      expect(
        byLabels(text, 'p2c_billing_pending_approval_amount', ['legal_entity', 'currency']),
      ).toMatchObject({ 'NWA-US/USD': 0 });
    });

    it('counts an approved invoice the ERP refused and invoices given up after their last attempt, all blocked; /kpis keeps its last unbilled reading while the ERP is down', async () => {
      const customer = await customerOf(US_SECOND);
      await bed.time.admin(customer, { method: 'PATCH', body: { isInactive: true } });
      const refused = eventOf(await usRun(), US_SECOND);
      try {
        await approve(refused.billingEvent);
        expect(await settledEvent(refused.billingEvent)).toBe('failed');
      } finally {
        await bed.time.admin(customer, { method: 'PATCH', body: { isInactive: false } });
      }

      // December's fee and retainer lines: their invoices wait until the ERP fails every call
      const invoicing = bed.app.get(QueueFactory).queue(QueueName.Invoicing);
      await invoicing.pause();
      let december: RunView;
      try {
        const started = await bed
          .api('post', '/billing-runs')
          .send({ legalEntity: 'NWA-UK', period: '2026-12' })
          .expect(202);
        await waitFor(
          async () =>
            (await bed.api('get', `/billing-runs/${started.body.id}`).expect(200)).body.status ===
            'invoicing',
          { timeoutMs: 30_000, what: 'the December run to plan' },
        );
        const known = await kpisReadAfter(new Date().toISOString());
        await erpFaults({ errorRate: 1 });
        try {
          await invoicing.resume();
          december = await bed.finished(started.body.id);
          await new Promise((resolve) => setTimeout(resolve, CACHE_MS + 100));
          const down = await kpis();
          expect(down.unbilled).toEqual(known.unbilled);
        } finally {
          await erpFaults({});
        }
      } finally {
        await invoicing.resume();
      }
      expect(december.status).toBe('completed_with_exceptions');
      expect(december.projects.map((p) => [p.project, p.status])).toEqual(
        [UK_FIXED_FEE, UK_RETAINER].map((deal) => [projectOf(deal), 'failed']),
      );

      const body = await kpis();
      const cents = (event: { net: { amount: string } }) =>
        BigInt(Math.round(Number(event.net.amount) * 100));
      const decemberLines = defaultScenario()
        .opportunities.filter((deal) => [UK_FIXED_FEE, UK_RETAINER].includes(deal.crmId))
        .flatMap((deal) => deal.milestones ?? [])
        .filter((line) => line.dueDate > '2026-11-30' && line.dueDate <= '2026-12-31')
        .reduce((sum, line) => sum + BigInt(Math.round(Number(line.amount) * 100)), 0n);
      expect(body.blocked).toEqual([
        { events: 2, net: { amount: decimal(decemberLines), currency: 'GBP' } },
        { events: 1, net: { amount: decimal(cents(refused)), currency: 'USD' } },
      ]);
      expect(body.openExceptions).toEqual([
        expect.objectContaining({ reason: 'VENDOR_REJECTED', open: 1, underOneHour: 1 }),
        expect.objectContaining({ reason: 'VENDOR_UNAVAILABLE', open: 2, underOneHour: 2 }),
      ]);
      const text = await metrics();
      expect(byLabels(text, 'p2c_billing_invoices_total', ['legal_entity', 'outcome'])).toEqual({
        'NWA-DE/raised': 1,
        'NWA-UK/raised': 2,
        'NWA-UK/given_up': 2,
        'NWA-US/raised': 1,
        'NWA-US/refused': 1,
      });
      expect(
        byLabels(text, 'p2c_billing_approval_decisions_total', ['legal_entity', 'decision']),
      ).toEqual({ 'NWA-US/approved': 2, 'NWA-US/rejected': 1 });
    }, 120_000);

    it('counts a credit memo apart from invoices', async () => {
      const [reversed] = entriesOf(US_FIRST);
      await bed.time.admin(`/psa/time-entries/${reversed.id}/reject`, { method: 'POST' });
      await waitFor(
        async () => {
          const [row] = await bed.time.dataSource.query(
            `SELECT status FROM time_postings WHERE source_id = $1`,
            [reversed.id],
          );
          return row?.status === 'reversed';
        },
        { timeoutMs: 30_000, what: 'the posting to be reversed' },
      );
      // the refused work is billed again too, and waits for approval
      const run = await usRun();
      expect(run.projects.map((p) => [p.project, p.document])).toEqual([
        [projectOf(US_FIRST), 'credit_memo'],
        [projectOf(US_SECOND), 'invoice'],
      ]);
      const credit = eventOf(run, US_FIRST);
      const outcome = { invoiced: 'raised', failed: 'refused' }[credit.status as string];
      const text = await metrics();
      expect(byLabels(text, 'p2c_billing_credit_memos_total', ['legal_entity', 'outcome'])).toEqual(
        { [`NWA-US/${outcome}`]: 1 },
      );
      expect(
        byLabels(text, 'p2c_billing_invoices_total', ['legal_entity', 'outcome']),
      ).toMatchObject({ 'NWA-US/raised': 1 });
    }, 120_000);

    it('has the metrics and the figures agree with what billing holds', async () => {
      const events: {
        legalEntity: string;
        document: string;
        status: string;
        reason: string | null;
      }[] = await bed.dataSource.query(
        `SELECT e.legal_entity AS "legalEntity", e.document, e.status, x.reason_code AS reason
           FROM billing_events e LEFT JOIN exceptions x ON x.id = e.exception_id`,
      );
      const counted = (document: string) => {
        const counts: Record<string, number> = {};
        for (const event of events.filter((e) => e.document === document)) {
          const outcome =
            event.status === 'invoiced'
              ? 'raised'
              : event.status !== 'failed'
                ? undefined
                : event.reason === 'VENDOR_UNAVAILABLE'
                  ? 'given_up'
                  : 'refused';
          if (outcome)
            counts[`${event.legalEntity}/${outcome}`] =
              (counts[`${event.legalEntity}/${outcome}`] ?? 0) + 1;
        }
        return counts;
      };
      const text = await metrics();
      expect(byLabels(text, 'p2c_billing_invoices_total', ['legal_entity', 'outcome'])).toEqual(
        counted('invoice'),
      );
      expect(byLabels(text, 'p2c_billing_credit_memos_total', ['legal_entity', 'outcome'])).toEqual(
        counted('credit_memo'),
      );
      const statuses: Record<string, number> = {};
      for (const legalEntity of new Set(events.map((e) => e.legalEntity)))
        for (const status of ['pending_approval', 'pending', 'invoiced', 'failed', 'rejected'])
          statuses[`${legalEntity}/${status}`] = events.filter(
            (e) => e.legalEntity === legalEntity && e.status === status,
          ).length;
      expect(byLabels(text, 'p2c_billing_events', ['legal_entity', 'status'])).toEqual(statuses);

      const raised = events.filter((e) => e.status === 'invoiced');
      const syncCounts = byLabels(text, 'p2c_billing_invoice_sync_seconds_count', ['legal_entity']);
      for (const legalEntity of ['NWA-DE', 'NWA-UK', 'NWA-US'])
        expect([legalEntity, syncCounts[legalEntity]]).toEqual([
          legalEntity,
          raised.filter((e) => e.legalEntity === legalEntity).length,
        ]);
    });

    it('answers the readiness lag and the invoice sync delay by legal entity, as the test computes them', async () => {
      const body = await kpis();
      const items: { legalEntity: string; postedAt: Date; invoicedAt: Date }[] =
        await bed.dataSource.query(
          `SELECT e.legal_entity AS "legalEntity", i.posted_at AS "postedAt", e.invoiced_at AS "invoicedAt"
             FROM billing_event_items i JOIN billing_events e ON e.id = i.billing_event_id
            WHERE e.status = 'invoiced' AND i.posted_at IS NOT NULL`,
        );
      const invoices: {
        legalEntity: string;
        createdAt: Date;
        decidedAt: Date | null;
        invoicedAt: Date;
      }[] = await bed.dataSource.query(
        `SELECT legal_entity AS "legalEntity", created_at AS "createdAt", decided_at AS "decidedAt",
                invoiced_at AS "invoicedAt"
           FROM billing_events WHERE status = 'invoiced'`,
      );
      const seconds = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;

      // schedule lines have no posting: the UK has no readiness lag
      expect(body.readinessLag.map((row: { legalEntity: string }) => row.legalEntity)).toEqual([
        'NWA-DE',
        'NWA-US',
      ]);
      for (const row of body.readinessLag) {
        const lags = items
          .filter((item) => item.legalEntity === row.legalEntity)
          .map((item) => seconds(item.postedAt, item.invoicedAt));
        expect([row.windowDays, row.postings]).toEqual([30, lags.length]);
        expect(row.p50Seconds).toBeCloseTo(percentile(lags, 0.5), 2);
        expect(row.p90Seconds).toBeCloseTo(percentile(lags, 0.9), 2);
        expect(row.p50Seconds).toBeLessThanOrEqual(row.p90Seconds);
      }

      // an approved event's delay runs from its approval, not from the wait before it
      const delay = (invoice: (typeof invoices)[number]) =>
        seconds(invoice.decidedAt ?? invoice.createdAt, invoice.invoicedAt);
      expect(body.invoiceSync.map((row: { legalEntity: string }) => row.legalEntity)).toEqual([
        'NWA-DE',
        'NWA-UK',
        'NWA-US',
      ]);
      for (const row of body.invoiceSync) {
        const delays = invoices.filter((i) => i.legalEntity === row.legalEntity).map(delay);
        expect(row.invoices).toBe(delays.length);
        expect(row.p50Seconds).toBeCloseTo(percentile(delays, 0.5), 2);
        expect(row.p90Seconds).toBeCloseTo(percentile(delays, 0.9), 2);
      }
      expect(body.invoiceSyncP50Seconds).toBeCloseTo(percentile(invoices.map(delay), 0.5), 2);
      expect(body.invoiceSyncP90Seconds).toBeCloseTo(percentile(invoices.map(delay), 0.9), 2);
    });
  });

  it('refuses /kpis to a delivery token (403) and without a token (401), as problem+json', async () => {
    const answer = await request(bed.app.getHttpServer())
      .get('/kpis')
      .set('authorization', `Bearer ${bed.token([Role.Delivery])}`);
    expect([answer.status, answer.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    const anonymous = await request(bed.app.getHttpServer()).get('/kpis');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
