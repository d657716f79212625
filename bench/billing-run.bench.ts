/**
 * A billing run over 1,000 time-and-materials projects holding 100,000 posted billable postings
 * (BENCH_PROJECTS and BENCH_POSTINGS for a quicker try), against the ERP's ceiling: the sandbox
 * ERP's limit as the default scenario sets it (`vendors.erp`: requests per second, requests at
 * once, latency), with system-erp pacing its calls to that limit as it would be configured for
 * this account, and process-billing at its defaults. Sandbox, system tier, process-time and
 * process-billing run in this one process.
 *
 * The ceiling is the most invoices per second the limit allows a run: the ERP's requests per
 * second (the per-second limit, or the concurrency over the latency if that is lower) over the
 * ERP requests the run makes per invoice (its planning's read of the project, system-erp's look
 * for an earlier invoice, the write and its read-back), counted here, 429s and 5xx left out:
 * a retry is time lost, not a request the invoice needs. The ratio (target ≥ 80%) says how much
 * of the ERP's allowance the run turns into invoices.
 */
import { Histogram, register } from 'prom-client';
import { vendorHttpConfigShapeFor } from '@p2c/vendor-http';
import { messagingConfigShape } from '@p2c/messaging';
import { waitFor } from '@p2c/testing';
import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';
import { processBillingConfigShape } from '@p2c/apps/process-billing/src/process-billing-config';
import {
  BillingTestBed,
  FAST_PROCESS_BILLING,
} from '@p2c/apps/process-billing/src/testing/billing-test-bed';
import { seedBillableWork } from '@p2c/apps/process-billing/src/testing/seed-billable-work';
import { FAST_SYSTEM_TIER } from '@p2c/apps/process-time/src/testing/time-test-bed';
import { recordResults } from './results';
import { benchOn, defaultsOf } from './time-bed';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 1000);
const POSTINGS = Number(process.env.BENCH_POSTINGS ?? 100_000);
const PERIOD = '2026-11';
const TARGET = 0.8;

const erpLimit = defaultScenario().vendors?.erp;
if (!erpLimit?.rateLimit?.perSecond || !erpLimit.rateLimit.concurrency)
  throw new Error('the default scenario sets no ERP rate limit to measure against');
const { perSecond, concurrency } = erpLimit.rateLimit;
const latencyMs = erpLimit.latencyMs ?? 0;
const erpRequestsPerSecond = Math.min(
  perSecond,
  latencyMs > 0 ? (concurrency * 1000) / latencyMs : perSecond,
);

/** system-erp's attempts at ERP calls so far, by `METHOD status`, from its metrics. */
async function erpAttempts(): Promise<Map<string, number>> {
  const metric = register.getSingleMetric('vendor_http_request_duration_seconds') as
    Histogram<'vendor' | 'method' | 'status'> | undefined;
  const attempts = new Map<string, number>();
  for (const value of (await metric?.get())?.values ?? [])
    if (value.metricName?.endsWith('_count') && value.labels.vendor === 'erp') {
      const key = `${value.labels.method} ${value.labels.status}`;
      attempts.set(key, (attempts.get(key) ?? 0) + value.value);
    }
  return attempts;
}

function since(before: Map<string, number>, after: Map<string, number>): Record<string, number> {
  return Object.fromEntries(
    [...after]
      .map(([key, count]) => [key, count - (before.get(key) ?? 0)] as const)
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** What the invoices needed: every attempt but those refused for the limit or failed. */
const needed = (attempts: Record<string, number>) =>
  Object.entries(attempts)
    .filter(([key]) => /\s(2\d\d|404)$/.test(key))
    .reduce((sum, [, count]) => sum + count, 0);

const seconds = (ms: number) => +(ms / 1000).toFixed(1);

benchOn(
  () =>
    BillingTestBed.start({
      tierEnv: {
        ...defaultsOf(vendorHttpConfigShapeFor(['erp']), [
          ...Object.keys(FAST_SYSTEM_TIER),
          'VENDOR_RETRY_BASE_DELAY_MS',
          'VENDOR_RETRY_MAX_DELAY_MS',
        ]),
        // configured for this ERP account: its default (20) is for an account of unknown limits
        ERP_RATE_PER_SECOND: String(perSecond),
      },
      billingEnv: {
        ...defaultsOf(
          { ...processBillingConfigShape, ...messagingConfigShape },
          Object.keys(FAST_PROCESS_BILLING),
        ),
        LOG_LEVEL: 'silent',
      },
    }),
  async (bed) => {
    const postingsPerProject = Math.round(POSTINGS / PROJECTS);
    let started = performance.now();
    await seedBillableWork(bed, { projects: PROJECTS, postingsPerProject, period: PERIOD });
    const seedMs = performance.now() - started;
    await bed.time.admin('/faults', { method: 'PUT', body: { system: 'erp', ...erpLimit } });

    const atStart = await erpAttempts();
    started = performance.now();
    const run = await bed
      .api('post', '/billing-runs')
      .send({ legalEntity: 'NWA-US', period: PERIOD })
      .expect(202);
    const runId: string = run.body.id;
    let plannedAt: number | undefined;
    let atPlanned = atStart;
    await waitFor(
      async () => {
        const [{ status }] = await bed.dataSource.query(
          `SELECT status FROM billing_runs WHERE id = $1`,
          [runId],
        );
        if (plannedAt === undefined && status !== 'planning') {
          plannedAt = performance.now();
          atPlanned = await erpAttempts();
        }
        return String(status).startsWith('completed');
      },
      { timeoutMs: 900_000, intervalMs: 100, what: `billing run ${runId}` },
    );
    const doneAt = performance.now();
    const atEnd = await erpAttempts();

    const [{ invoiced }] = await bed.dataSource.query(
      `SELECT count(*)::int AS invoiced FROM billing_events
        WHERE run_id = $1 AND status = 'invoiced'`,
      [runId],
    );
    const { total: inErp } = await bed.time.admin<{ total: number }>('/state/erp/invoice?limit=1');
    if (invoiced !== PROJECTS || inErp !== PROJECTS)
      throw new Error(
        `the run invoiced ${invoiced} and the ERP holds ${inErp} invoices, not ${PROJECTS}`,
      );

    const planning = since(atStart, atPlanned);
    const invoicing = since(atPlanned, atEnd);
    const whole = since(atStart, atEnd);
    const requestsPerInvoice = needed(whole) / invoiced;
    const ceiling = erpRequestsPerSecond / requestsPerInvoice;
    const runMs = doneAt - started;
    const achieved = invoiced / (runMs / 1000);
    const ratio = achieved / ceiling;
    const rateLimited = Object.entries(whole)
      .filter(([key]) => key.endsWith(' 429'))
      .reduce((sum, [, count]) => sum + count, 0);
    const figures = {
      projects: PROJECTS,
      postings: PROJECTS * postingsPerProject,
      invoices: invoiced,
      seconds: {
        seed: seconds(seedMs),
        run: seconds(runMs),
        planning: seconds(plannedAt! - started),
        invoicing: seconds(doneAt - plannedAt!),
      },
      erp: {
        perSecond,
        concurrency,
        latencyMs,
        requestsPerSecond: erpRequestsPerSecond,
        attempts: { planning, invoicing },
        rateLimited,
        requestsPerInvoice: +requestsPerInvoice.toFixed(2),
      },
      invoicesPerSecond: {
        run: +achieved.toFixed(2),
        invoicingPhase: +(invoiced / ((doneAt - plannedAt!) / 1000)).toFixed(2),
        ceiling: +ceiling.toFixed(2),
        ceilingAtOneRequestEach: erpRequestsPerSecond,
      },
      ratio: +ratio.toFixed(3),
      target: TARGET,
    };
    recordResults('billing-run', figures);

    console.log(
      `ERP limit (scenario vendors.erp): ${perSecond} requests a second, ${concurrency} at once, ` +
        `${latencyMs} ms each: at most ${erpRequestsPerSecond} requests a second`,
    );
    console.log(`ERP attempts while planning: ${JSON.stringify(planning)}`);
    console.log(`ERP attempts while invoicing: ${JSON.stringify(invoicing)}`);
    console.table({
      'whole run': {
        seconds: figures.seconds.run,
        'invoices/s': figures.invoicesPerSecond.run,
      },
      planning: { seconds: figures.seconds.planning },
      invoicing: {
        seconds: figures.seconds.invoicing,
        'invoices/s': figures.invoicesPerSecond.invoicingPhase,
      },
    });
    console.log(
      `${PROJECTS} projects, ${figures.postings} postings: ${achieved.toFixed(2)} invoices a second ` +
        `against a ceiling of ${ceiling.toFixed(2)} (${erpRequestsPerSecond} requests a second / ` +
        `${requestsPerInvoice.toFixed(2)} per invoice; ${rateLimited} refused with 429): ` +
        `${(ratio * 100).toFixed(0)}% (target ${TARGET * 100}%${ratio < TARGET ? ', missed' : ''}). ` +
        `At one ERP request per invoice the limit would allow ${erpRequestsPerSecond} a second.`,
    );
  },
);
