import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { psaEntries } from '@p2c/apps/process-time/src/testing/psa-entries';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { waitFor } from '@p2c/testing';
import { BillingTestBed, RunView } from '../testing/billing-test-bed';
import { businessEvents } from '../testing/business-events';

const DE_DEAL = '006NW000105';

interface PsaInvoice {
  id: string;
  external_reference: string;
  status: string;
  paid_in_cents: number;
}

describe('invoices reaching the PSA with no one asking', () => {
  let bed: BillingTestBed;
  let run: RunView;
  let billed: string[];

  const psaInvoices = async () =>
    (await bed.time.admin<{ items: PsaInvoice[] }>('/state/psa/invoices?limit=1000')).items;
  const psaFaults = (body: object) =>
    bed.time.admin('/faults', { method: 'PUT', body: { system: 'psa', ...body } });

  beforeAll(async () => {
    bed = await BillingTestBed.start({
      // the PSA client's circuit may open during the outage: let it probe again soon after
      tierEnv: { VENDOR_BREAKER_HALF_OPEN_AFTER_MS: '500' },
      billingEnv: { BILLING_PAYMENT_SYNC_MS: '1000' },
    });
    await bed.time.admin('/psa/time-entries/generate', {
      body: { from: '2026-11-16', to: '2026-11-20', opportunity: DE_DEAL },
    });
    await bed.time.admin('/psa/time-entries/approve', { body: { all: true } });
    const approved = (await psaEntries(bed.time)).filter((entry) => entry.approved);
    await bed.time.get(SweepApprovedUseCase).execute();
    const settled = await bed.time.settled(approved.map((entry) => entry.id));
    billed = approved.filter((entry) => settled.get(entry.id) === 'posted').map((e) => e.id);
    expect(billed.length).toBeGreaterThan(3);
    // onboarding's ProjectActivated names the deal: billing needs no PSA read to find its contract
    await bed.activate([projectOf(DE_DEAL)]);
  }, 240_000);

  afterAll(async () => {
    await psaFaults({}).catch(() => undefined);
    await bed?.close();
  });

  it('writes an invoice back once the PSA recovers from answering 5xx, exactly once', async () => {
    await psaFaults({ errorRate: 1 });
    try {
      run = await bed.run('NWA-DE', '2026-11');
      expect(run.projects.map((p) => p.status)).toEqual(['invoiced']);
      // the write-back has been tried and is waiting for its next try
      await waitFor(
        async () => {
          const jobs = await bed.app
            .get(QueueFactory)
            .queue(QueueName.InvoiceStatus)
            .getJobs(['delayed']);
          return jobs.some((job) => job.attemptsMade >= 1);
        },
        { timeoutMs: 20_000, what: 'a write-back retrying' },
      );
      expect(await psaInvoices()).toEqual([]);
    } finally {
      await psaFaults({});
    }
    const [event] = run.projects;
    const invoice = await waitFor(
      async () => (await psaInvoices()).find((i) => i.external_reference === event.billingEvent),
      { timeoutMs: 60_000, intervalMs: 200, what: 'the PSA invoice after the outage' },
    );
    expect(await psaInvoices()).toHaveLength(1);
    const { items: linked } = await bed.time.admin<{ items: { id: string }[] }>(
      `/state/psa/time_entries?invoice_id=${invoice.id}&limit=1000`,
    );
    expect(linked.map((entry) => entry.id).sort()).toEqual([...billed].sort());
    // the PSA answered before the job committed what it wrote: the row catches up at once
    const row = await waitFor(
      async () => {
        const [found] = await bed.dataSource.query(
          `SELECT psa_version AS "psaVersion", standing_version AS "standingVersion"
             FROM billing_events WHERE id = $1`,
          [event.billingEvent],
        );
        return found.psaVersion > 0 && found;
      },
      { timeoutMs: 10_000, what: 'the write-back recorded' },
    );
    expect(row).toEqual({ psaVersion: 1, standingVersion: 1 });
    const cases = await bed.dataSource.query(`SELECT id FROM exceptions WHERE flow = 'billing'`);
    expect(cases).toEqual([]);
  }, 120_000);

  it('brings a payment to the PSA on the payment sync’s schedule', async () => {
    const [event] = run.projects;
    await bed.time.admin(`/erp/invoices/${event.invoiceErpId}/payments`, {
      body: { amount: event.total.amount },
    });
    const paid = await waitFor(
      async () => {
        const invoice = (await psaInvoices()).find(
          (i) => i.external_reference === event.billingEvent,
        );
        return invoice?.status === 'paid' && invoice;
      },
      { timeoutMs: 20_000, intervalMs: 200, what: 'the PSA invoice paid' },
    );
    expect(paid.paid_in_cents).toBe(Math.round(Number(event.total.amount) * 100));
    await waitFor(async () => (await businessEvents(bed, 'PaymentReceived')).length === 1, {
      what: 'PaymentReceived',
    });
    // more ticks of the schedule publish nothing more
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect((await businessEvents(bed, 'PaymentReceived')).map((e) => e.payload)).toEqual([
      expect.objectContaining({ invoice: event.billingEvent, amount: event.total }),
    ]);
  }, 60_000);
});
