import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { WorkerProcess } from '@p2c/testing';
import { BillingTestBed } from '@p2c/apps/process-billing/src/testing/billing-test-bed';
import { seedBillableWork } from '@p2c/apps/process-billing/src/testing/seed-billable-work';
import type { DrillVerdict } from '@p2c/apps/process-time/src/testing/posting-verdict';
import type { DrillResult } from './run-drill';

export const BILLING_PROJECTS = 200;
const PERIOD = '2026-11';
const KILL_EVERY_MS = 3_000;
/** every ERP call slowed so that each kill finds invoices on the wire */
const ERP_LATENCY_MS = 150;

/** An ERP invoice as the sandbox holds it. */
interface ErpInvoice {
  externalId: string;
  job: { id: string };
  subtotal: number;
}

/**
 * `kill-billing`: a billing run over 200 projects of posted time (`entries` postings spread over
 * them) while its worker, in a process of its own, is killed with SIGKILL every few seconds of
 * progress and started again; then the verdict from the sandbox ERP: one invoice per project,
 * billing everything posted on it to the cent.
 */
export async function runBillingDrill(
  entries: number,
  progress: (line: string) => void,
  timeoutMs = 900_000,
): Promise<DrillResult> {
  const bed = await BillingTestBed.start({ billingEnv: { PROCESS_ROLE: 'api' } });
  const logFile = join(tmpdir(), `p2c-drill-kill-billing-${process.pid}.log`);
  const workerEnv = { ...bed.env, LOG_LEVEL: 'warn', BILLING_INVOICE_CONCURRENCY: '4' };
  let worker: WorkerProcess | undefined;
  try {
    const projects = await seedBillableWork(bed, {
      projects: BILLING_PROJECTS,
      postingsPerProject: Math.ceil(entries / BILLING_PROJECTS),
      period: PERIOD,
    });
    progress(
      `kill-billing: ${projects.length} projects of posted time; the billing worker killed with SIGKILL every ${KILL_EVERY_MS / 1000} s of invoicing, and restarted`,
    );
    await bed.time.admin('/faults', {
      method: 'PUT',
      body: { system: 'erp', latencyMs: ERP_LATENCY_MS },
    });
    worker = WorkerProcess.start('process-billing', workerEnv, logFile);
    const started = performance.now();
    const { body } = await bed
      .api('post', '/billing-runs')
      .send({ legalEntity: 'NWA-US', period: PERIOD })
      .expect(202);
    const status = async (): Promise<string> => {
      const [run] = await bed.dataSource.query(`SELECT status FROM billing_runs WHERE id = $1`, [
        body.id,
      ]);
      return run.status;
    };
    let invoicedAtKill = 0;
    let kills = 0;
    while (!(await status()).startsWith('completed')) {
      if (performance.now() - started > timeoutMs)
        throw new Error(`kill-billing: ${timeoutMs} ms passed with the run not completed`);
      await sleep(KILL_EVERY_MS);
      const invoiced = (await bed.erpInvoices()).length;
      // a worker still starting has done nothing to interrupt
      if (invoiced === invoicedAtKill || invoiced === projects.length) continue;
      await worker.kill('SIGKILL');
      kills += 1;
      progress(
        `killed the billing worker (${kills}) at ${invoiced} of ${projects.length} invoices`,
      );
      worker = WorkerProcess.start('process-billing', workerEnv, logFile);
      invoicedAtKill = invoiced;
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      drill: 'kill-billing',
      entries: projects.length * Math.ceil(entries / BILLING_PROJECTS),
      seconds,
      verdict: await invoiceVerdict(bed, projects),
    };
  } finally {
    await worker?.kill('SIGTERM');
    await bed.close();
  }
}

/** Each project's invoices in the ERP against what was posted on it, read from the ERP alone. */
async function invoiceVerdict(bed: BillingTestBed, projects: string[]): Promise<DrillVerdict> {
  const jobs = await bed.time.admin<{ items: { id: string; externalId: string }[] }>(
    '/state/erp/job?limit=5000',
  );
  const projectOfJob = new Map(jobs.items.map((job) => [job.id, job.externalId]));
  const invoicesOf = new Map<string, ErpInvoice[]>();
  for (const invoice of (await bed.erpInvoices()) as unknown as ErpInvoice[]) {
    const project = projectOfJob.get(invoice.job.id) ?? invoice.job.id;
    invoicesOf.set(project, [...(invoicesOf.get(project) ?? []), invoice]);
  }
  const posted: { project: string; cents: string }[] = await bed.time.dataSource.query(
    `SELECT project, sum(billable_minor)::text AS cents FROM time_postings GROUP BY project`,
  );
  const expected = new Map(posted.map((row) => [row.project, BigInt(row.cents)]));
  const missing = projects.filter((project) => !invoicesOf.has(project));
  const doubled = [...invoicesOf]
    .filter(([, invoices]) => invoices.length > 1)
    .map(([project]) => project);
  const wrongSums = [...invoicesOf]
    .filter(([project, invoices]) => invoices.length === 1 && expected.has(project))
    .map(([project, [invoice]]) => ({
      project,
      expected: `${expected.get(project)} cents`,
      erp: `${Math.round(invoice.subtotal * 100)} cents`,
    }))
    .filter((sum) => sum.expected !== sum.erp);
  return {
    exact: missing.length === 0 && doubled.length === 0 && wrongSums.length === 0,
    missing,
    doubled,
    wrongSums,
  };
}
