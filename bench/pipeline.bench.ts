/**
 * Month-end volume through the posting pipeline: BENCH_ENTRIES (default 100,000) approved PSA
 * time entries, from their approval to the ERP confirming every posting, with the sandbox
 * unthrottled and process-time at its defaults (jobs of TIME_POSTING_JOB_SIZE entries, batches of
 * TIME_POSTING_BATCH_SIZE through the ERP's list upsert). Beside it, in the same run and on the same Redis, a bare BullMQ queue with
 * a no-op worker carries as many jobs: the most any BullMQ flow could do on this machine.
 * The sandbox and the system tier run in this process, process-time's API too (it takes the
 * approvals in); its posting worker runs as production runs it, built and in a process of its own.
 * Targets: ≥ 2,000 entries a second and ≥ 25 % of bare BullMQ.
 */
import { ConfigService } from '@nestjs/config';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { BuiltApp, TEST_REDIS_URL, buildDist, testRedisPrefix, waitFor } from '@p2c/testing';
import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { TimeTestBed } from '@p2c/apps/process-time/src/testing/time-test-bed';
import { recordResults } from './results';
import { benchEntry, benchOnTimeBed } from './time-bed';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 100_000);
const LOG_CHUNK = 5_000;
const TARGET_PER_SECOND = 2_000;
const TARGET_RATIO = 0.25;

async function postedCount(bed: TimeTestBed): Promise<number> {
  const [{ n }] = await bed.dataSource.query(
    `SELECT count(*)::int AS n FROM time_postings WHERE status <> 'pending'`,
  );
  return n;
}

/** Seconds from approving every entry to the ERP confirming the last posting. */
async function pipeline(bed: TimeTestBed): Promise<number> {
  const ids: string[] = [];
  for (let start = 0; start < ENTRIES; start += LOG_CHUNK)
    ids.push(
      ...(await bed.logTime(
        Array.from({ length: Math.min(LOG_CHUNK, ENTRIES - start) }, (_, i) =>
          benchEntry(start + i, (turn) => 1 + (turn % 30)),
        ),
      )),
    );
  const started = performance.now();
  await bed.admin('/psa/time-entries/approve', { body: { all: true } });
  await bed.get(SweepApprovedUseCase).execute();
  await waitFor(async () => (await postedCount(bed)) >= ENTRIES, {
    timeoutMs: 900_000,
    intervalMs: 250,
    what: `${ENTRIES} postings`,
  });
  const seconds = (performance.now() - started) / 1000;
  const [{ posted }] = await bed.dataSource.query(
    `SELECT count(*)::int AS posted FROM time_postings WHERE status = 'posted'`,
  );
  const { total: inErp } = await bed.admin<{ total: number }>('/state/erp/timeBill?limit=1');
  if (posted !== ENTRIES || inErp !== ENTRIES)
    throw new Error(`${posted} postings posted and ${inErp} in the ERP, not ${ENTRIES}`);
  return seconds;
}

/** Seconds for a no-op BullMQ worker to complete as many jobs, added in bulk, on the same Redis. */
async function bareBullmq(concurrency: number): Promise<number> {
  const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  const prefix = testRedisPrefix();
  const queue = new Queue('bench-bare', { connection, prefix });
  let completed = 0;
  const worker = new Worker('bench-bare', async () => undefined, {
    connection: connection.duplicate(),
    prefix,
    concurrency,
  });
  worker.on('completed', () => void (completed += 1));
  try {
    await worker.waitUntilReady();
    const started = performance.now();
    for (let start = 0; start < ENTRIES; start += 1_000)
      await queue.addBulk(
        Array.from({ length: Math.min(1_000, ENTRIES - start) }, (_, i) => ({
          name: 'noop',
          data: { entry: start + i },
          opts: { removeOnComplete: true },
        })),
      );
    await waitFor(async () => completed >= ENTRIES, {
      timeoutMs: 600_000,
      intervalMs: 50,
      what: `${ENTRIES} bare BullMQ jobs`,
    });
    return (performance.now() - started) / 1000;
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
    connection.disconnect();
  }
}

/** process-time's workers, built, in a process of their own, on the bed's database and Redis. */
async function startWorker(bed: TimeTestBed): Promise<BuiltApp> {
  const worker = await BuiltApp.start(
    'process-time',
    { ...bed.env, PROCESS_ROLE: 'worker', LOG_LEVEL: 'warn' },
    join(tmpdir(), `p2c-pipeline-${process.pid}.log`),
  );
  await worker.ready();
  return worker;
}

buildDist();
benchOnTimeBed({ env: { PROCESS_ROLE: 'api' } }, async (bed) => {
  const concurrency = Number(bed.app.get(ConfigService).getOrThrow('TIME_POSTING_CONCURRENCY'));
  const worker = await startWorker(bed);
  const pipelineSeconds = await pipeline(bed).finally(() => worker.stop());
  const bareSeconds = await bareBullmq(concurrency);
  const entriesPerSec = Math.round(ENTRIES / pipelineSeconds);
  const bullmqPerSec = Math.round(ENTRIES / bareSeconds);
  const ratio = +(entriesPerSec / bullmqPerSec).toFixed(3);
  const met = entriesPerSec >= TARGET_PER_SECOND && ratio >= TARGET_RATIO;
  console.table({
    'PSA approval → ERP posting': {
      entries: ENTRIES,
      seconds: +pipelineSeconds.toFixed(1),
      'per second': entriesPerSec,
    },
    [`bare BullMQ, no-op worker (c=${concurrency})`]: {
      entries: ENTRIES,
      seconds: +bareSeconds.toFixed(1),
      'per second': bullmqPerSec,
    },
  });
  console.log(
    `pipeline ${entriesPerSec} entries/s (target ≥ ${TARGET_PER_SECOND}), ` +
      `${(ratio * 100).toFixed(1)} % of bare BullMQ (target ≥ ${TARGET_RATIO * 100} %): ` +
      `${met ? 'met' : 'missed'}`,
  );
  recordResults('pipeline', {
    entries: ENTRIES,
    seconds: { pipeline: +pipelineSeconds.toFixed(1), bullmq: +bareSeconds.toFixed(1) },
    entriesPerSec,
    bullmqPerSec,
    ratio,
    targets: { entriesPerSec: TARGET_PER_SECOND, ratio: TARGET_RATIO },
    met,
  });
});
