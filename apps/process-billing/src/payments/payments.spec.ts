import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { PsaEntry, psaEntries } from '@p2c/apps/process-time/src/testing/psa-entries';
import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { BillingTestBed, RunView } from '../testing/billing-test-bed';
import { businessEvents } from '../testing/business-events';

const WEEK = { from: '2026-11-16', to: '2026-11-20' };
const US_DEALS = ['006NW000101', '006NW000107'];
const DE_DEAL = '006NW000105';

/** A PSA invoice as the sandbox PSA holds it. */
interface PsaInvoice {
  id: string;
  external_reference: string;
  number: string | null;
  status: string;
  invoice_date: string | null;
  due_date: string | null;
  amount_in_cents: number;
  tax_in_cents: number;
  paid_in_cents: number;
  currency: string;
  updated_at: string;
}

/** A billing event's invoice and where it stands, as process-billing recorded it. */
interface EventRow {
  id: string;
  project: string;
  invoiceErpId: string;
  invoiceNumber: string;
  total: string;
  paymentStatus: string;
  paid: string;
  due: string | null;
  dueDate: string;
  paidOn: string | null;
  standingVersion: number;
  psaVersion: number;
}

const cents = (amount: string) => Math.round(Number(amount) * 100);
const decimal = (minor: number | string) => (Number(minor) / 100).toFixed(2);
const daysFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('payments of invoices and their write-back to the PSA', () => {
  let bed: BillingTestBed;
  let entries: PsaEntry[];
  let expense: string;
  let us: RunView;
  let de: RunView;

  const events = async (): Promise<EventRow[]> =>
    bed.dataSource.query(
      `SELECT id, project, invoice_erp_id AS "invoiceErpId", invoice_number AS "invoiceNumber",
              invoice_total_minor::text AS total, payment_status AS "paymentStatus",
              amount_paid_minor::text AS paid, amount_due_minor::text AS due,
              to_char(due_date, 'YYYY-MM-DD') AS "dueDate",
              to_char(paid_on, 'YYYY-MM-DD') AS "paidOn",
              standing_version AS "standingVersion", psa_version AS "psaVersion"
         FROM billing_events WHERE status = 'invoiced' ORDER BY project, created_at`,
    );
  const eventOf = async (opportunity: string) =>
    (await events()).find((event) => event.project === projectOf(opportunity))!;

  const psaInvoices = async (): Promise<PsaInvoice[]> =>
    (await bed.time.admin<{ items: PsaInvoice[] }>('/state/psa/invoices?limit=1000')).items;
  const psaInvoiceOf = async (eventId: string) =>
    (await psaInvoices()).filter((invoice) => invoice.external_reference === eventId);

  /** Waits until every invoiced event's PSA copy has caught up with where it stands. */
  const psaCaughtUp = () =>
    waitFor(
      async () =>
        (await events()).every((event) => event.psaVersion === event.standingVersion) &&
        (await events()),
      { timeoutMs: 30_000, intervalMs: 100, what: 'the PSA invoices to catch up' },
    );

  const sync = (body: object = {}) => bed.api('post', '/payments/sync').send(body);
  const pay = (erpId: string, amount: string) =>
    bed.time.admin(`/erp/invoices/${erpId}/payments`, { body: { amount } });

  beforeAll(async () => {
    bed = await BillingTestBed.start({
      billingEnv: { BILLING_PSA_CATCH_UP_MS: '1000', BILLING_DSO_DAYS: '366' },
    });
    const time = bed.time;
    for (const opportunity of [...US_DEALS, DE_DEAL])
      await time.admin('/psa/time-entries/generate', { body: { ...WEEK, opportunity } });
    await time.admin('/psa/time-entries/approve', { body: { all: true } });
    [expense] = await time.logExpenses([
      { opportunity: '006NW000101', worker: 'E1003', date: '2026-11-18', cents: 13_211 },
    ]);
    await time.approveExpenses([expense]);
    const approved = (await psaEntries(time)).filter((entry) => entry.approved);
    await time.get(SweepApprovedUseCase).execute();
    const settled = await time.settled([...approved.map((entry) => entry.id), expense]);
    entries = approved.filter((entry) => settled.get(entry.id) === 'posted');
    us = await bed.run('NWA-US', '2026-11');
    de = await bed.run('NWA-DE', '2026-11');
    expect([us.status, de.status]).toEqual(['completed', 'completed']);
  }, 240_000);

  afterAll(() => bed?.close());

  it('records each invoice in the PSA once, with its number, amounts, dates and status', async () => {
    const recorded = await psaCaughtUp();
    expect(recorded).toHaveLength(3);
    const held = await psaInvoices();
    expect(held.map((invoice) => invoice.external_reference).sort()).toEqual(
      recorded.map((event) => event.id).sort(),
    );
    for (const project of [...us.projects, ...de.projects]) {
      const event = recorded.find((row) => row.id === project.billingEvent)!;
      const [invoice] = await psaInvoiceOf(project.billingEvent);
      expect(invoice).toMatchObject({
        number: project.invoiceNumber,
        status: 'submitted',
        invoice_date: '2026-11-30',
        due_date: '2026-12-30',
        amount_in_cents: cents(project.net.amount),
        tax_in_cents: cents(project.tax.amount),
        paid_in_cents: 0,
        currency: project.net.currency,
      });
      expect(event.dueDate).toBe('2026-12-30');
    }
    // the ERP invoice carries the same due date: 30 days' terms
    const erp = await bed.erpInvoices();
    expect(erp.map((invoice) => invoice.dueDate)).toEqual([
      '2026-12-30',
      '2026-12-30',
      '2026-12-30',
    ]);
  });

  it('marks the time entries and the expense each invoice bills as invoiced in the PSA, and nothing else', async () => {
    const held = await psaInvoices();
    const psaIdOf = new Map(held.map((invoice) => [invoice.external_reference, invoice.id]));
    const projectOfEvent = new Map(
      [...us.projects, ...de.projects].map((p) => [p.project, p.billingEvent]),
    );
    const timeEntries = (
      await bed.time.admin<{ items: { id: string; invoice_id: string | null }[] }>(
        '/state/psa/time_entries?limit=1000',
      )
    ).items;
    const invoiceOfEntry = new Map(timeEntries.map((entry) => [entry.id, entry.invoice_id]));
    const billable = entries.filter((entry) => entry.billable);
    expect(billable.length).toBeGreaterThan(10);
    for (const entry of billable)
      expect({ entry: entry.id, invoice: invoiceOfEntry.get(entry.id) }).toEqual({
        entry: entry.id,
        invoice: psaIdOf.get(projectOfEvent.get(projectOf(entry.opportunity))!),
      });
    const billed = new Set(billable.map((entry) => entry.id));
    expect(
      timeEntries.filter((entry) => entry.invoice_id !== null && !billed.has(entry.id)),
    ).toEqual([]);
    const billedExpense = await bed.time.admin<{ invoice_id: string | null }>(
      `/state/psa/expenses/${expense}`,
    );
    expect(billedExpense.invoice_id).toBe(
      psaIdOf.get(projectOfEvent.get(projectOf('006NW000101'))!),
    );
  });

  it('publishes InvoiceIssued once per invoice, with its number and total', async () => {
    const issued = await businessEvents(bed, 'InvoiceIssued');
    expect(
      issued.map((event) => event.payload).sort((a, b) => a.invoice.localeCompare(b.invoice)),
    ).toEqual(
      [...us.projects, ...de.projects]
        .map((project) => ({
          invoice: project.billingEvent,
          project: project.project,
          number: project.invoiceNumber,
          total: project.total,
        }))
        .sort((a, b) => a.invoice.localeCompare(b.invoice)),
    );
    expect(new Set(issued.map((event) => event.id)).size).toBe(3);
  });

  it('records a partial payment on the event, shows the PSA invoice partly paid with the open balance, and publishes it once', async () => {
    const event = await eventOf('006NW000101');
    await pay(event.invoiceErpId, '1000.00');
    const answer = await sync().expect(200);
    expect(answer.body).toEqual({
      checked: 3,
      changed: 1,
      payments: 1,
      failed: 0,
      writeBacksQueued: 0,
    });
    const after = await eventOf('006NW000101');
    expect(after).toMatchObject({
      paymentStatus: 'PARTIALLY_PAID',
      paid: '100000',
      due: String(Number(event.total) - 100_000),
      paidOn: null,
      standingVersion: 2,
    });
    await psaCaughtUp();
    const [invoice] = await psaInvoiceOf(event.id);
    expect(invoice.status).toBe('partially_paid');
    expect(invoice.paid_in_cents).toBe(100_000);
    // the open balance the PSA shows: its net and tax less what is paid
    expect(invoice.amount_in_cents + invoice.tax_in_cents - invoice.paid_in_cents).toBe(
      Number(event.total) - 100_000,
    );
    const {
      items: [payment],
    } = await bed.time.admin<{ items: { tranDate: string }[] }>('/state/erp/customerPayment');
    await waitFor(async () => (await businessEvents(bed, 'PaymentReceived')).length > 0, {
      what: 'PaymentReceived',
    });
    expect((await businessEvents(bed, 'PaymentReceived')).map((e) => e.payload)).toEqual([
      {
        invoice: event.id,
        amount: { amount: '1000.00', currency: 'USD' },
        receivedOn: payment.tranDate,
      },
    ]);
  });

  it('shows the invoice paid once the rest is paid, with its paid date, and publishes that payment once', async () => {
    const event = await eventOf('006NW000101');
    const rest = decimal(event.due!);
    await pay(event.invoiceErpId, rest);
    const answer = await sync({ legalEntity: 'NWA-US' }).expect(200);
    expect(answer.body).toMatchObject({
      legalEntity: 'NWA-US',
      checked: 2,
      changed: 1,
      payments: 1,
    });
    const { items: payments } = await bed.time.admin<{ items: { tranDate: string }[] }>(
      '/state/erp/customerPayment',
    );
    expect(await eventOf('006NW000101')).toMatchObject({
      paymentStatus: 'PAID',
      paid: event.total,
      due: '0',
      paidOn: payments[1].tranDate,
      standingVersion: 3,
    });
    await psaCaughtUp();
    const [invoice] = await psaInvoiceOf(event.id);
    expect([invoice.status, invoice.paid_in_cents]).toEqual(['paid', Number(event.total)]);
    await waitFor(async () => (await businessEvents(bed, 'PaymentReceived')).length === 2, {
      what: 'the second PaymentReceived',
    });
    const received = (await businessEvents(bed, 'PaymentReceived')).map((e) => e.payload);
    expect(received.map((payload) => [payload.invoice, payload.amount.amount]).sort()).toEqual(
      [
        [event.id, '1000.00'],
        [event.id, rest],
      ].sort(),
    );
    const hops = await bed.dataSource.query(
      `SELECT target_id AS payment, amount_minor::text AS amount FROM sync_ledger
        WHERE flow = 'payments' AND source_id = $1 ORDER BY target_id`,
      [event.id],
    );
    expect(hops).toHaveLength(2);
  });

  it('changes nothing and publishes nothing when synced again with nothing new in the ERP', async () => {
    const snapshot = async () => ({
      events: await events(),
      psa: await psaInvoices(),
      payments: (await bed.dataSource.query(`SELECT count(*)::int AS n FROM billing_payments`))[0]
        .n as number,
      outbox: (await bed.dataSource.query(`SELECT count(*)::int AS n FROM outbox_messages`))[0]
        .n as number,
      published: (await businessEvents(bed, 'PaymentReceived')).length,
    });
    const before = await snapshot();
    for (const body of [{}, {}, { legalEntity: 'NWA-DE' }]) {
      const answer = await sync(body).expect(200);
      expect(answer.body).toMatchObject({ changed: 0, payments: 0, failed: 0 });
    }
    // the paid invoice is read no more: the two open ones are
    expect((await sync().expect(200)).body.checked).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await snapshot()).toEqual(before);
  });

  it('counts the overdue amount by legal entity and the days sales outstanding on /kpis', async () => {
    const usOpen = await eventOf('006NW000107');
    const deOpen = await eventOf(DE_DEAL);
    // finance moves the due dates in the ERP: one is past (and not before the invoice date,
    // which the PSA would refuse), one is still to come
    const past = daysFromToday(-1);
    expect(past >= '2026-11-30').toBe(true);
    await bed.time.admin(`/state/erp/invoice/${usOpen.invoiceErpId}`, {
      method: 'PATCH',
      body: { dueDate: past },
    });
    await bed.time.admin(`/state/erp/invoice/${deOpen.invoiceErpId}`, {
      method: 'PATCH',
      body: { dueDate: daysFromToday(30) },
    });
    expect((await sync().expect(200)).body).toMatchObject({ changed: 2, payments: 0 });
    expect((await eventOf('006NW000107')).dueDate).toBe(past);
    await psaCaughtUp();
    expect((await psaInvoiceOf(usOpen.id))[0].due_date).toBe(past);

    const kpis = (await bed.api('get', '/kpis').expect(200)).body;
    expect(kpis.overdue).toEqual([
      {
        legalEntity: 'NWA-US',
        invoices: 1,
        amount: { amount: decimal(usOpen.total), currency: 'USD' },
      },
    ]);
    const paid = await eventOf('006NW000101');
    const usSales = BigInt(paid.total) + BigInt(usOpen.total);
    const days = (receivable: bigint, sales: bigint) =>
      Number((receivable * 366n * 20n + sales) / (2n * sales)) / 10;
    expect(kpis.daysSalesOutstanding).toEqual([
      {
        legalEntity: 'NWA-DE',
        receivables: { amount: decimal(deOpen.total), currency: 'EUR' },
        sales: { amount: decimal(deOpen.total), currency: 'EUR' },
        windowDays: 366,
        days: 366,
      },
      {
        legalEntity: 'NWA-US',
        receivables: { amount: decimal(usOpen.total), currency: 'USD' },
        sales: { amount: decimal(usSales.toString()), currency: 'USD' },
        windowDays: 366,
        days: days(BigInt(usOpen.total), usSales),
      },
    ]);
  });

  it('files a refused write-back as an exception case and resolves it once the PSA takes the invoice', async () => {
    const time = bed.time;
    const staffed = entries.find((entry) => entry.opportunity === '006NW000107' && entry.billable)!;
    const [id] = await time.logTime([
      { opportunity: staffed.opportunity, worker: staffed.worker, date: '2026-11-25', hours: 4 },
    ]);
    await time.approve([id]);
    await time.get(SweepApprovedUseCase).execute();
    expect([...(await time.settled([id])).values()]).toEqual(['posted']);
    // someone invoiced the entry in the PSA by hand: the PSA refuses to invoice it again
    await time.admin(`/state/psa/time_entries/${id}`, {
      method: 'PATCH',
      body: { invoice_id: '20999999' },
    });
    const run = await bed.run('NWA-US', '2026-11');
    const [project] = run.projects;
    expect(project.status).toBe('invoiced');
    const open = await waitFor(
      async () => {
        const [row] = await bed.dataSource.query(
          `SELECT id, reason_code AS reason, status, step FROM exceptions
            WHERE flow = 'billing' AND subject_id = $1`,
          [project.billingEvent],
        );
        return row;
      },
      { timeoutMs: 30_000, what: 'the refused write-back’s case' },
    );
    expect(open).toMatchObject({ reason: 'VENDOR_REJECTED', status: 'open', step: 'psa-invoice' });
    expect(await psaInvoiceOf(project.billingEvent)).toEqual([]);

    await time.admin(`/state/psa/time_entries/${id}`, {
      method: 'PATCH',
      body: { invoice_id: null },
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await sync().expect(200)).body.writeBacksQueued).toBe(1);
    await psaCaughtUp();
    const [invoice] = await psaInvoiceOf(project.billingEvent);
    expect(invoice.number).toBe(project.invoiceNumber);
    const [after] = await bed.dataSource.query(`SELECT status FROM exceptions WHERE id = $1`, [
      open.id,
    ]);
    expect(after.status).toBe('resolved');
  });

  describe('bad input', () => {
    const written = async () =>
      (
        await bed.dataSource.query(
          `SELECT (SELECT count(*) FROM audit_log WHERE action = 'payments.sync')::int AS audits,
                  (SELECT count(*) FROM outbox_messages)::int AS outbox`,
        )
      )[0] as { audits: number; outbox: number };

    it('refuses a malformed legal entity and unknown fields with 400 problem+json, writing nothing', async () => {
      const before = await written();
      for (const body of [{ legalEntity: 'nwa us' }, { dryRun: true }, { legalEntity: 7 }]) {
        const answer = await sync(body);
        expect({ body, status: answer.status }).toEqual({ body, status: 400 });
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(answer.body.code).toBe('VALIDATION_FAILED');
      }
      expect(await written()).toEqual(before);
    });

    it('is for finance, service and admin only', async () => {
      const answer = await bed
        .api('post', '/payments/sync')
        .set('authorization', `Bearer ${bed.token([Role.Delivery])}`)
        .send({});
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('FORBIDDEN');
    });

    it('replays an idempotency key with the same body, and refuses it with another body (422)', async () => {
      const key = `payments-${Date.now()}`;
      const first = await sync({ legalEntity: 'NWA-DE' }).set('idempotency-key', key).expect(200);
      const audits = (await written()).audits;
      const again = await sync({ legalEntity: 'NWA-DE' }).set('idempotency-key', key);
      expect([again.status, again.body]).toEqual([200, first.body]);
      expect(again.headers['idempotent-replayed']).toBe('true');
      const other = await sync({ legalEntity: 'NWA-US' }).set('idempotency-key', key);
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect((await written()).audits).toBe(audits);
    });
  });
});
