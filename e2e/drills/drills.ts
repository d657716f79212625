import { setTimeout as sleep } from 'node:timers/promises';
import { RedisServer, WorkerProcess, interruptDatabase } from '@p2c/testing';
import type { TimeTestBed } from '@p2c/apps/process-time/src/testing/time-test-bed';

/** What a drill acts on: the gateway's posting flow with its workers in processes of their own. */
export interface DrillContext {
  bed: TimeTestBed;
  /** the Redis server every app of the drill uses, and only they */
  redis: RedisServer;
  /** the approved entries' PSA ids, in the order they were logged */
  ids: string[];
  /** starts one more process-time worker */
  startWorker(): WorkerProcess;
  /** approved entries whose posting has not left `pending` yet */
  pending(): Promise<number>;
  progress(line: string): void;
}

/** What a drill saw beyond the ERP's books. */
export interface DrillFindings {
  /** processes whose memory grew past the drill's bound, and by how much */
  overgrown: string[];
  /** figures worth printing with the verdict */
  notes: string[];
}

export interface Drill {
  /** what the drill does to the gateway, in a line */
  summary: string;
  /** approved entries it posts unless told otherwise (20,000 when not set) */
  entries?: number;
  /** values for the system apps beyond the drills' own */
  tierEnv?: Record<string, string>;
  /** workers run compiled, with production's Node flags (built first), where their memory counts */
  built?: boolean;
  run(context: DrillContext): Promise<DrillFindings | void>;
}

const KILL_EVERY_MS = 3_000;
const APPROVAL_CHUNK = 500;
const REDIS_DOWN_MS = 3_000;
const SOAK_KILL_EVERY_MS = 10_000;
/**
 * Warm-up: the first half of the entries, while the worker grows to its working size under full
 * load; its memory over the second quarter is the baseline the last quarter is held to.
 */
const SOAK_WARM_UP = 1 / 2;
const SOAK_MAX_GROWTH = 0.2;
const POSTGRES_DOWN_MS = 3_000;
const STORM = { errorRate: 0.3, timeoutRate: 0.1 };
/** every STORM_BURST_EVERY_MS the ERP allows STORM_BURST_RATE calls a second for STORM_BURST_MS */
const STORM_BURST_EVERY_MS = 6_000;
const STORM_BURST_MS = 2_000;
const STORM_BURST_RATE = 2;

function erpFaults(context: DrillContext, faults: object): Promise<unknown> {
  return context.bed.admin('/faults', { method: 'PUT', body: { system: 'erp', ...faults } });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}

async function untilSettled(context: DrillContext, whileWaiting: () => Promise<void>) {
  while ((await context.pending()) > 0) await whileWaiting();
}

/** Waits until `share` of the entries are past pending: the fault then hits a run in full flow. */
async function untilPosted(context: DrillContext, share: number): Promise<number> {
  for (;;) {
    const pending = await context.pending();
    if (pending <= context.ids.length * (1 - share)) return pending;
    await sleep(100);
  }
}

/** Approves all, starts a worker, and strikes once a third and again at two thirds are posted. */
async function strikeTwice(
  context: DrillContext,
  strike: () => Promise<void>,
  what: string,
): Promise<void> {
  await approve(context);
  context.startWorker();
  for (const share of [1 / 3, 2 / 3]) {
    const pending = await untilPosted(context, share);
    await strike();
    context.progress(`${what} with ${pending} entries to go`);
  }
  await untilSettled(context, () => sleep(250));
}

/** Approves these entries in the PSA, in chunks, in this order (by default all as logged). */
async function approve(context: DrillContext, ids = context.ids): Promise<void> {
  for (let start = 0; start < ids.length; start += APPROVAL_CHUNK)
    await context.bed.approve(ids.slice(start, start + APPROVAL_CHUNK));
}

export const DRILLS: Record<string, Drill> = {
  'kill-worker': {
    summary: `a process-time worker killed with SIGKILL every ${KILL_EVERY_MS / 1000} s of work, and restarted`,
    async run(context) {
      await approve(context);
      let worker = context.startWorker();
      let pendingAtStart = await context.pending();
      let kills = 0;
      await untilSettled(context, async () => {
        await sleep(KILL_EVERY_MS);
        const pending = await context.pending();
        // a worker still starting has done nothing to interrupt
        if (pending === 0 || pending === pendingAtStart) return;
        await worker.kill('SIGKILL');
        kills += 1;
        context.progress(`killed the worker (${kills}) with ${pending} entries to go`);
        worker = context.startWorker();
        pendingAtStart = pending;
      });
    },
  },
  'duplicate-events': {
    summary: 'every PSA webhook delivered three times, approvals out of order, the event feed too',
    async run(context) {
      await context.bed.registerWebhooks(3);
      context.startWorker();
      await approve(context, [...context.ids].reverse());
      await untilSettled(context, () => sleep(250));
    },
  },
  'redis-flush': {
    summary:
      'FLUSHALL on Redis at a third and at two thirds of the run: jobs, schedules, limits gone',
    run: (context) => strikeTwice(context, () => context.redis.flushAll(), 'flushed Redis'),
  },
  'redis-restart': {
    summary: `Redis killed and started again from its append-only file, down ${REDIS_DOWN_MS / 1000} s, twice`,
    run: (context) =>
      strikeTwice(context, () => context.redis.restart(REDIS_DOWN_MS), 'restarted Redis'),
  },
  'postgres-restart': {
    summary: `every connection to Postgres cut and refused for ${POSTGRES_DOWN_MS / 1000} s, as a restart does, twice`,
    run: (context) =>
      strikeTwice(
        context,
        () =>
          interruptDatabase(
            new URL(context.bed.env.DATABASE_URL).pathname.slice(1),
            POSTGRES_DOWN_MS,
          ),
        'restarted Postgres',
      ),
  },
  'vendor-storm': {
    summary: `the ERP failing ${STORM.errorRate * 100}% of calls with 5xx and ${STORM.timeoutRate * 100}% with timeouts, with bursts of 429`,
    // a timed-out call is given up after a second, as a client in a hurry would
    tierEnv: { ERP_TIMEOUT_MS: '1000' },
    async run(context) {
      await erpFaults(context, STORM);
      try {
        context.startWorker();
        await approve(context);
        let bursts = 0;
        await untilSettled(context, async () => {
          await sleep(STORM_BURST_EVERY_MS - STORM_BURST_MS);
          await erpFaults(context, { ...STORM, rateLimit: { perSecond: STORM_BURST_RATE } });
          await sleep(STORM_BURST_MS);
          await erpFaults(context, STORM);
          bursts += 1;
          context.progress(`429 burst ${bursts}; ${await context.pending()} entries to go`);
        });
      } finally {
        await erpFaults(context, {});
      }
    },
  },
  soak: {
    summary: `two workers, one killed with SIGKILL every ${SOAK_KILL_EVERY_MS / 1000} s and restarted, one never; their memory sampled every second`,
    entries: 100_000,
    built: true,
    async run(context) {
      await approve(context);
      const steady = context.startWorker();
      let killed = context.startWorker();
      let lastKill = performance.now();
      let lifePeak = 0;
      const lifePeaks: number[] = [];
      const warmUp: number[] = [];
      const after: number[] = [];
      await untilSettled(context, async () => {
        await sleep(1_000);
        const posted = 1 - (await context.pending()) / context.ids.length;
        const rss = steady.rssMb();
        if (posted >= SOAK_WARM_UP / 2) (posted < SOAK_WARM_UP ? warmUp : after).push(rss);
        lifePeak = Math.max(lifePeak, killed.rssMb());
        if (performance.now() - lastKill < SOAK_KILL_EVERY_MS) return;
        await killed.kill('SIGKILL');
        lifePeaks.push(lifePeak);
        context.progress(
          `killed a worker (${lifePeaks.length}) at ${lifePeak} MB; ${(posted * 100).toFixed(0)}% posted; the other at ${rss} MB`,
        );
        killed = context.startWorker();
        lastKill = performance.now();
        lifePeak = 0;
      });
      // a leak raises the level the worker keeps between collections; single peaks are the GC's
      const warm = median(warmUp);
      const late = median(after.slice(Math.floor(after.length * 0.75)));
      const growth = warm > 0 && late > 0 ? late / warm - 1 : 0;
      const levels = `${warm} MB after warm-up, ${late} MB over the last quarter of the run (medians; peak ${Math.max(...after)} MB)`;
      return {
        overgrown: growth > SOAK_MAX_GROWTH ? [`the long-running worker: ${levels}`] : [],
        notes: [
          `long-running worker ${levels}: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)}%`,
          `${lifePeaks.length} workers killed, ${Math.min(...lifePeaks)}–${Math.max(...lifePeaks)} MB at their peaks`,
        ],
      };
    },
  },
  'scale-out': {
    summary: 'three process-time workers at once',
    async run(context) {
      for (let i = 0; i < 3; i++) context.startWorker();
      await approve(context);
      await untilSettled(context, () => sleep(250));
    },
  },
};
