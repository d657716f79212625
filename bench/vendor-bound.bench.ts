/**
 * Posting against an ERP that is the bottleneck: the sandbox ERP serves 10 requests at once and
 * takes 50 ms for each, so one record a call could never pass 200 records a second (the
 * per-record ceiling). Three process-time workers run as production runs them (built, each its
 * own process, PROCESS_ROLE=worker) on one Redis and Postgres, posting BENCH_VENDOR_ENTRIES
 * (default 5,000) approved entries through system-erp, configured for the ERP's 10 at once.
 * Reports postings a second against the ceiling (target ≥ 5×: batches through the list upsert
 * make it a ceiling on calls), the 429s the ERP answered (sandbox `/__sandbox/usage`), how many
 * of them reached a job (the workers' `p2c_time_posting_deferrals_total`, target 0), and the
 * most calls the ERP was asked to serve at once (never more than 10). The workers' RSS after the
 * load is process-time's loaded memory. The workers' sweep (every second) brings the approvals in.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuiltApp, buildDist, waitFor } from '@p2c/testing';
import { recordResults } from './results';
import { benchEntry, benchOnTimeBed } from './time-bed';

const ENTRIES = Number(process.env.BENCH_VENDOR_ENTRIES ?? 5_000);
const WORKERS = 3;
const ERP_CONCURRENCY = 10;
const ERP_LATENCY_MS = 50;
const CEILING_PER_SECOND = (ERP_CONCURRENCY * 1000) / ERP_LATENCY_MS;
const TARGET_RATIO = 5;

interface ErpUsage {
  system: string;
  peakInFlight: number;
  admitted: number;
  refused: { rate: number; concurrency: number };
}

/** The sum of a counter over its series in a Prometheus text exposition. */
function counterTotal(exposition: string, name: string): number {
  return exposition
    .split('\n')
    .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

buildDist();
benchOnTimeBed(
  { tierEnv: { ERP_MAX_CONCURRENCY: String(ERP_CONCURRENCY) }, env: { PROCESS_ROLE: 'api' } },
  async (bed) => {
    for (let start = 0; start < ENTRIES; start += 5_000)
      await bed.logTime(
        Array.from({ length: Math.min(5_000, ENTRIES - start) }, (_, i) =>
          benchEntry(start + i, (turn) => 1 + (turn % 30)),
        ),
      );
    await bed.admin('/faults', {
      method: 'PUT',
      body: {
        system: 'erp',
        latencyMs: ERP_LATENCY_MS,
        rateLimit: { concurrency: ERP_CONCURRENCY },
      },
    });
    const workers: BuiltApp[] = [];
    try {
      for (let i = 0; i < WORKERS; i++)
        workers.push(
          await BuiltApp.start(
            'process-time',
            {
              ...bed.env,
              PROCESS_ROLE: 'worker',
              LOG_LEVEL: 'warn',
              TIME_SWEEP_INTERVAL_MS: '1000',
            },
            join(tmpdir(), `p2c-vendor-bound-${process.pid}.log`),
          ),
        );
      await Promise.all(workers.map((worker) => worker.ready()));
      await bed.admin('/usage', { method: 'DELETE' });

      const started = performance.now();
      await bed.admin('/psa/time-entries/approve', { body: { all: true } });
      const posted = async (): Promise<number> => {
        const [{ n }] = await bed.dataSource.query(
          `SELECT count(*)::int AS n FROM time_postings WHERE status <> 'pending'`,
        );
        return n;
      };
      await waitFor(async () => (await posted()) >= ENTRIES, {
        timeoutMs: 600_000,
        intervalMs: 250,
        what: `${ENTRIES} postings`,
      });
      const seconds = (performance.now() - started) / 1000;

      const usage = (await bed.admin<ErpUsage[]>('/usage')).find(
        (vendor) => vendor.system === 'erp',
      )!;
      const jobs429 = (
        await Promise.all(
          workers.map(async (worker) =>
            counterTotal(
              await (await fetch(`${worker.url}/metrics`)).text(),
              'p2c_time_posting_deferrals_total',
            ),
          ),
        )
      ).reduce((sum, count) => sum + count, 0);
      const loadedMb = Math.max(...workers.map((worker) => worker.rssMb()));
      const [{ postedOnce }] = await bed.dataSource.query(
        `SELECT count(*)::int AS "postedOnce" FROM time_postings WHERE status = 'posted'`,
      );
      const { total: inErp } = await bed.admin<{ total: number }>('/state/erp/timeBill?limit=1');
      if (postedOnce !== ENTRIES || inErp !== ENTRIES)
        throw new Error(`${postedOnce} postings posted and ${inErp} in the ERP, not ${ENTRIES}`);

      const postingsPerSec = Math.round(ENTRIES / seconds);
      const ratio = +(postingsPerSec / CEILING_PER_SECOND).toFixed(2);
      const erp429 = usage.refused.rate + usage.refused.concurrency;
      const met = ratio >= TARGET_RATIO && jobs429 === 0 && usage.peakInFlight <= ERP_CONCURRENCY;
      console.table({
        [`${WORKERS} built process-time workers`]: {
          entries: ENTRIES,
          seconds: +seconds.toFixed(1),
          'postings/s': postingsPerSec,
          'ceiling/s': CEILING_PER_SECOND,
          'ERP calls': usage.admitted,
          'ERP peak at once': usage.peakInFlight,
          'ERP 429s': erp429,
          '429s reaching a job': jobs429,
        },
      });
      console.log(
        `${postingsPerSec} postings/s = ${ratio}× the per-record ceiling of ${CEILING_PER_SECOND}/s ` +
          `(target ≥ ${TARGET_RATIO}×), ${jobs429} 429s reaching a job (target 0), ERP peak ` +
          `${usage.peakInFlight} at once (limit ${ERP_CONCURRENCY}): ${met ? 'met' : 'missed'}`,
      );
      recordResults('vendor-bound', {
        entries: ENTRIES,
        workers: WORKERS,
        erp: { concurrency: ERP_CONCURRENCY, latencyMs: ERP_LATENCY_MS },
        seconds: +seconds.toFixed(1),
        postingsPerSec,
        ceilingPerSec: CEILING_PER_SECOND,
        ratio,
        erpCalls: usage.admitted,
        erpPeakInFlight: usage.peakInFlight,
        erp429,
        jobs429,
        workerLoadedMb: loadedMb,
        targets: { ratio: TARGET_RATIO, jobs429: 0, erpPeakInFlight: ERP_CONCURRENCY },
        met,
      });
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
  },
);
