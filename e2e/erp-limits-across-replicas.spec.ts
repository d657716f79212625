import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { createHttpApp } from '@p2c/platform';
import { WorkerProcess, waitFor } from '@p2c/testing';
import { SystemErpModule } from '@p2c/apps/system-erp/src/system-erp.module';
import { FAST_SYSTEM_TIER, TimeTestBed } from '@p2c/apps/process-time/src/testing/time-test-bed';

const ENTRIES = 300;
const ERP_CONCURRENCY = 5;
/** small posting jobs, so that every worker, and so both replicas, gets some */
const JOB_SIZE = 10;

const STAFF = [
  ['006NW000101', 'E1001'],
  ['006NW000101', 'E1002'],
  ['006NW000102', 'E1005'],
  ['006NW000104', 'E1013'],
  ['006NW000105', 'E1017'],
] as const;

function entryAt(i: number) {
  const [opportunity, worker] = STAFF[i % STAFF.length];
  const day = 1 + (Math.floor(i / STAFF.length) % 30);
  return { opportunity, worker, date: `2026-10-${String(day).padStart(2, '0')}`, hours: 1 };
}

interface ErpUsage {
  system: string;
  peakInFlight: number;
  admitted: number;
  refused: { rate: number; concurrency: number };
}

/**
 * Three process-time workers (separate processes) posting through two system-erp replicas to an
 * ERP that serves 5 requests at once: the replicas share the ERP's limit through Redis, so the
 * ERP never sees a sixth call, and every entry is posted once.
 */
describe('three process-time workers and two system-erp replicas against an ERP limited to 5 at once', () => {
  let bed: TimeTestBed;
  const replicas: NestFastifyApplication[] = [];
  const served = [0, 0];
  const workers: WorkerProcess[] = [];
  const logFile = join(tmpdir(), `erp-limits-replicas-${process.pid}.log`);
  const tierEnv = { ERP_MAX_CONCURRENCY: String(ERP_CONCURRENCY), VENDOR_REPLICAS: '2' };

  /** A system-erp replica as the tier's, counting the requests it served. */
  async function startReplica(index: number): Promise<string> {
    const app = await createHttpApp(
      SystemErpModule.with({
        env: {
          DATABASE_URL: bed.tier.env.DATABASE_URL,
          REDIS_PREFIX: bed.tier.env.REDIS_PREFIX,
          LOG_LEVEL: 'silent',
          ERP_BASE_URL: `${bed.tier.sandbox.url}/erp/services/rest`,
          VENDOR_RETRY_BASE_DELAY_MS: '5',
          VENDOR_RETRY_MAX_DELAY_MS: '50',
          ...FAST_SYSTEM_TIER,
          ...tierEnv,
        },
      }),
      'system-erp',
    );
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onResponse', async () => void (served[index] += 1));
    await app.listen(0, '127.0.0.1');
    replicas.push(app);
    return `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  }

  beforeAll(async () => {
    bed = await TimeTestBed.start({
      tierEnv,
      env: { PROCESS_ROLE: 'api', TIME_POSTING_JOB_SIZE: String(JOB_SIZE) },
    });
  }, 180_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill('SIGTERM')));
    await Promise.all(replicas.map((app) => app.close()));
    await bed?.close();
  });

  it('never sends the ERP more than 5 calls at once, and posts every entry once', async () => {
    const ids = await bed.logTime(Array.from({ length: ENTRIES }, (_, i) => entryAt(i)));
    await bed.admin('/faults', {
      method: 'PUT',
      body: { system: 'erp', latencyMs: 30, rateLimit: { concurrency: ERP_CONCURRENCY } },
    });
    const erpUrls = [await startReplica(0), await startReplica(1)];
    for (let i = 0; i < 3; i++)
      workers.push(
        WorkerProcess.start(
          'process-time',
          {
            ...bed.env,
            PROCESS_ROLE: 'worker',
            SYSTEM_ERP_URL: erpUrls[i % 2],
            TIME_POSTING_CONCURRENCY: '4',
            TIME_SWEEP_INTERVAL_MS: '1000',
            LOG_LEVEL: 'warn',
          },
          logFile,
        ),
      );
    const postingQueue = bed.app.get(QueueFactory).queue(QueueName.TimePosting);
    await waitFor(async () => (await postingQueue.getWorkersCount()) === workers.length, {
      timeoutMs: 60_000,
      what: 'every worker listening on the posting queue',
    });
    await bed.admin('/usage', { method: 'DELETE' });
    await bed.admin('/psa/time-entries/approve', { body: { all: true } });

    const posted = async (): Promise<number> => {
      const [{ n }] = await bed.dataSource.query(
        `SELECT count(*)::int AS n FROM time_postings WHERE status = 'posted'`,
      );
      return n;
    };
    await waitFor(async () => (await posted()) === ENTRIES, {
      timeoutMs: 240_000,
      intervalMs: 250,
      what: `all ${ENTRIES} postings`,
    });

    const usage = (await bed.admin<ErpUsage[]>('/usage')).find(
      (vendor) => vendor.system === 'erp',
    )!;
    expect(usage.peakInFlight).toBeLessThanOrEqual(ERP_CONCURRENCY);
    expect(usage.refused.concurrency).toBe(0);
    // the limit was reached, and through both replicas
    expect(usage.peakInFlight).toBe(ERP_CONCURRENCY);
    expect(served[0]).toBeGreaterThan(0);
    expect(served[1]).toBeGreaterThan(0);

    const bills = (await bed.erpRecords('timeBill')).filter((bill) =>
      String(bill.externalId).startsWith('psa-time-'),
    );
    expect(bills).toHaveLength(ENTRIES);
    expect(new Set(bills.map((bill) => bill.externalId))).toEqual(
      new Set(ids.map((id) => `psa-time-${id}`)),
    );
    const [ledger] = await bed.dataSource.query(
      `SELECT count(*)::int AS hops FROM sync_ledger
        WHERE flow = 'time-posting' AND status = 'succeeded'`,
    );
    expect(ledger.hops).toBe(ENTRIES);
    const [{ exceptions }] = await bed.dataSource.query(
      `SELECT count(*)::int AS exceptions FROM exceptions`,
    );
    expect(exceptions).toBe(0);
  }, 300_000);
});
