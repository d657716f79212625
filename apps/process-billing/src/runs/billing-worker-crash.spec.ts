import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerProcess, waitFor } from '@p2c/testing';
import { BillingTestBed } from '../testing/billing-test-bed';
import { seedBillableWork } from '../testing/seed-billable-work';

const PROJECTS = 50;
const PERIOD = '2026-11';
// a few invoices in, most still ahead; with the ERP slowed down, several are on the wire
const KILL_AFTER = 8;

/** An ERP invoice as the sandbox holds it. */
interface ErpInvoice {
  id: string;
  externalId: string;
  job: { id: string };
  subtotal: number;
}

describe('a billing worker killed with SIGKILL in the middle of invoicing 50 projects', () => {
  let bed: BillingTestBed;
  let worker: WorkerProcess | undefined;
  const logFile = join(tmpdir(), `process-billing-worker-${process.pid}.log`);

  beforeAll(async () => {
    // this process serves the API only: the run's jobs are the worker process's alone
    bed = await BillingTestBed.start({ billingEnv: { PROCESS_ROLE: 'api' } });
  }, 120_000);

  afterAll(async () => {
    await worker?.kill('SIGTERM');
    await bed?.close();
  });

  const runStatus = async (id: string): Promise<string> => {
    const [run] = await bed.dataSource.query(`SELECT status FROM billing_runs WHERE id = $1`, [id]);
    return run.status;
  };

  it('ends with exactly one ERP invoice per project, none twice, none missing, sums exact', async () => {
    const projects = await seedBillableWork(bed, {
      projects: PROJECTS,
      postingsPerProject: 20,
      period: PERIOD,
    });
    // every ERP call slow enough that the kill finds invoices on the wire
    await bed.time.admin('/faults', { method: 'PUT', body: { system: 'erp', latencyMs: 150 } });
    const workerEnv = { ...bed.env, LOG_LEVEL: 'warn', BILLING_INVOICE_CONCURRENCY: '4' };
    worker = WorkerProcess.start('process-billing', workerEnv, logFile);

    const started = await bed
      .api('post', '/billing-runs')
      .send({ legalEntity: 'NWA-US', period: PERIOD })
      .expect(202);
    const runId: string = started.body.id;
    await waitFor(async () => (await bed.erpInvoices()).length >= KILL_AFTER, {
      timeoutMs: 120_000,
      intervalMs: 50,
      what: `${KILL_AFTER} invoices before the kill`,
    });
    await worker.kill('SIGKILL');
    const inErpAtKill = new Set((await bed.erpInvoices()).map((invoice) => invoice.externalId));
    // claimed and not settled: on their way to the ERP, or there already, when the worker died
    const onTheWire: { id: string }[] = await bed.dataSource.query(
      `SELECT source_id AS id FROM sync_ledger WHERE flow = 'billing' AND status = 'pending'`,
    );
    expect(inErpAtKill.size).toBeLessThan(PROJECTS);
    expect(onTheWire.length).toBeGreaterThan(0);
    expect(await runStatus(runId)).toBe('invoicing');

    worker = WorkerProcess.start('process-billing', workerEnv, logFile);
    await waitFor(async () => (await runStatus(runId)).startsWith('completed'), {
      timeoutMs: 180_000,
      intervalMs: 250,
      what: 'the run to complete after the restart',
    });

    const run = await bed.finished(runId);
    expect(run.status).toBe('completed');
    expect(run.projects.map((project) => project.project)).toEqual(projects);
    expect(run.projects.every((project) => project.status === 'invoiced')).toBe(true);

    const invoices = (await bed.erpInvoices()) as unknown as ErpInvoice[];
    expect(invoices).toHaveLength(PROJECTS);
    expect(new Set(invoices.map((invoice) => invoice.externalId))).toEqual(
      new Set(run.projects.map((project) => project.billingEvent)),
    );
    const jobs = await bed.time.admin<{ items: { id: string; externalId: string }[] }>(
      '/state/erp/job?limit=5000',
    );
    const projectOfJob = new Map(jobs.items.map((job) => [job.id, job.externalId]));
    const invoiced = invoices.map((invoice) => projectOfJob.get(invoice.job.id));
    expect([...invoiced].sort()).toEqual(projects);
    for (const project of run.projects)
      expect(invoices.find((invoice) => invoice.externalId === project.billingEvent)?.id).toBe(
        project.invoiceErpId,
      );

    // every project's invoice bills all of its postings, to the cent
    const sums: { project: string; cents: string }[] = await bed.time.dataSource.query(
      `SELECT project, sum(billable_minor)::text AS cents FROM time_postings GROUP BY project`,
    );
    const expected = new Map(sums.map((row) => [row.project, BigInt(row.cents)]));
    for (const invoice of invoices)
      expect(BigInt(Math.round(invoice.subtotal * 100))).toBe(
        expected.get(projectOfJob.get(invoice.job.id)!),
      );

    const [ledger] = await bed.dataSource.query(
      `SELECT count(*)::int AS hops, count(DISTINCT source_id)::int AS events,
              (count(*) FILTER (WHERE status = 'succeeded'))::int AS succeeded,
              (count(*) FILTER (WHERE attempts > 1))::int AS reclaimed
         FROM sync_ledger WHERE flow = 'billing'`,
    );
    expect([ledger.hops, ledger.events, ledger.succeeded]).toEqual([PROJECTS, PROJECTS, PROJECTS]);
    // each invoice the dead worker held was taken up again by the new one, and raised once (a
    // call that timed out on a busy machine re-claims its hop too, so others may have been)
    const [{ retaken }] = await bed.dataSource.query(
      `SELECT count(*)::int AS retaken FROM sync_ledger
        WHERE flow = 'billing' AND attempts > 1 AND source_id = ANY($1)`,
      [onTheWire.map((hop) => hop.id)],
    );
    expect(retaken).toBe(onTheWire.length);
    expect(ledger.reclaimed).toBeGreaterThanOrEqual(onTheWire.length);
    // no invoice waits as a case (the seeded projects were never set up in the PSA, so their
    // write-backs to it are cases of their own)
    const [{ exceptions }] = await bed.dataSource.query(
      `SELECT count(*)::int AS exceptions FROM exceptions WHERE step <> 'psa-invoice'`,
    );
    expect(exceptions).toBe(0);

    // a rerun, on the restarted worker, finds nothing left to bill
    const rerun = await bed.run('NWA-US', PERIOD, 60_000);
    expect([rerun.status, rerun.projects]).toEqual(['completed', []]);
    expect(await bed.erpInvoices()).toHaveLength(PROJECTS);
    const landed = onTheWire.filter((hop) => inErpAtKill.has(hop.id)).length;
    process.stdout.write(
      `[sigkill] killed at ${inErpAtKill.size} of ${PROJECTS} invoices with ${onTheWire.length} ` +
        `on the wire (${landed} already in the ERP, not yet recorded); ` +
        `${ledger.reclaimed} hops re-claimed after the restart\n`,
    );
  }, 360_000);
});
