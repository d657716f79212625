import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { RedisServer, WorkerProcess, buildDist } from '@p2c/testing';
import { PricedEntry, pricedEntryAt } from '@p2c/apps/process-time/src/testing/priced-staff';
import { TimeTestBed } from '@p2c/apps/process-time/src/testing/time-test-bed';
import { DRILLS } from './drills';
import { DrillVerdict, postingVerdict } from '@p2c/apps/process-time/src/testing/posting-verdict';

const LOG_CHUNK = 5_000;

export interface DrillResult {
  drill: string;
  entries: number;
  seconds: number;
  verdict: DrillVerdict;
  /** figures worth printing with the verdict */
  notes?: string[];
}

/**
 * How the drills' workers run: quick sweeps, feed polls, recovery and scheduler checks, so faults
 * heal in seconds rather than in production's minutes.
 */
const DRILL_WORKER_ENV = {
  PROCESS_ROLE: 'worker',
  LOG_LEVEL: 'warn',
  TIME_SWEEP_INTERVAL_MS: '1000',
  TIME_FEED_POLL_MS: '500',
  TIME_RECOVERY_INTERVAL_MS: '2000',
  TIME_STUCK_AFTER_MS: '5000',
  TIME_POSTING_LEASE_MS: '20000',
  SCHEDULER_CHECK_MS: '1000',
};

/**
 * One drill over `entries` approved time entries on a gateway of its own (sandbox, system tier,
 * process-time's API here and its workers in processes of their own, a Redis server of its own),
 * then the verdict read from the sandbox ERP.
 */
export async function runDrill(
  name: string,
  entries: number,
  progress: (line: string) => void,
  timeoutMs = 900_000,
): Promise<DrillResult> {
  const drill = DRILLS[name];
  if (drill.built) buildDist();
  const redis = await RedisServer.start();
  const bed = await TimeTestBed.start({
    tierEnv: { ...drill.tierEnv, REDIS_URL: redis.url },
    env: { PROCESS_ROLE: 'api', REDIS_URL: redis.url },
  }).catch(async (error: unknown) => {
    await redis.stop();
    throw error;
  });
  const workers: WorkerProcess[] = [];
  try {
    const planned: PricedEntry[] = Array.from({ length: entries }, (_, i) => pricedEntryAt(i));
    const ids: string[] = [];
    for (let start = 0; start < entries; start += LOG_CHUNK)
      ids.push(
        ...(await bed.logTime(
          planned.slice(start, start + LOG_CHUNK).map(({ role: _role, ...entry }) => entry),
        )),
      );
    progress(`${name}: ${entries} entries logged; ${drill.summary}`);
    const logFile = join(tmpdir(), `p2c-drill-${name}-${process.pid}.log`);
    const pending = async (): Promise<number> => {
      // the drill's own look survives the outages it causes
      for (;;) {
        try {
          const [{ n, known }] = await bed.dataSource.query(
            `SELECT count(*) FILTER (WHERE status = 'pending')::int AS n, count(*)::int AS known
               FROM time_postings`,
          );
          return n + (entries - known);
        } catch {
          await sleep(500);
        }
      }
    };
    const started = performance.now();
    const run = drill.run({
      bed,
      redis,
      ids,
      startWorker: () => {
        const worker = WorkerProcess.start(
          'process-time',
          { ...bed.env, ...DRILL_WORKER_ENV },
          logFile,
          { built: drill.built },
        );
        workers.push(worker);
        return worker;
      },
      pending,
      progress,
    });
    const deadline = sleep(timeoutMs, undefined, { ref: false }).then(() => {
      throw new Error(`${name}: ${timeoutMs} ms passed with entries still pending`);
    });
    const findings = await Promise.race([run, deadline]);
    const seconds = (performance.now() - started) / 1000;
    const books = await postingVerdict(
      bed,
      ids.map((id, i) => ({ id, entry: planned[i] })),
    );
    const overgrown = findings?.overgrown ?? [];
    const verdict = { ...books, exact: books.exact && overgrown.length === 0, overgrown };
    const notes = [...(findings?.notes ?? []), ...(await gatewayViewOf(bed, books.missing))];
    return { drill: name, entries, seconds, verdict, notes };
  } finally {
    await Promise.all(workers.map((worker) => worker.kill('SIGTERM')));
    await bed.close();
    await redis.stop();
  }
}

/** What the gateway itself recorded of the entries the ERP lacks: a lead, never the verdict. */
async function gatewayViewOf(bed: TimeTestBed, missing: string[]): Promise<string[]> {
  if (missing.length === 0) return [];
  const rows: { status: string; reason: string | null; n: number }[] = await bed.dataSource.query(
    `SELECT coalesce(p.status, 'unknown to the gateway') AS status, e.reason_code AS reason,
            count(*)::int AS n
       FROM unnest($1::text[]) AS m(id)
       LEFT JOIN time_postings p ON p.source_system = 'psa' AND p.source_id = m.id
       LEFT JOIN exceptions e ON e.subject_id = m.id AND e.status NOT IN ('resolved', 'dismissed')
      GROUP BY 1, 2 ORDER BY 3 DESC`,
    [missing],
  );
  return rows.map(
    (row) =>
      `the gateway has ${row.n} of the missing as ${row.status}${row.reason ? ` (${row.reason})` : ''}`,
  );
}
