import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerProcess, waitFor } from '@p2c/testing';
import { postingVerdict, verdictLine } from '../testing/posting-verdict';
import { pricedEntryAt } from '../testing/priced-staff';
import { TimeTestBed } from '../testing/time-test-bed';

// enough for many batches on the wire at the kill, few enough for a loaded 2-core machine (the
// bench measures speed)
const ENTRIES = 3_000;
// early enough that most of the work is still ahead whatever the machine's load
const KILL_AFTER = 300;

describe('a worker killed with SIGKILL in the middle of 3,000 approved entries', () => {
  let bed: TimeTestBed;
  let worker: WorkerProcess | undefined;
  const logFile = join(tmpdir(), `process-time-worker-${process.pid}.log`);

  beforeAll(async () => {
    bed = await TimeTestBed.start({ env: { PROCESS_ROLE: 'api' } });
  }, 120_000);

  afterAll(async () => {
    await worker?.kill('SIGTERM');
    await bed?.close();
  });

  const posted = async (): Promise<number> => {
    const [{ n }] = await bed.dataSource.query(
      `SELECT count(*)::int AS n FROM time_postings WHERE status = 'posted'`,
    );
    return n;
  };

  it('ends with exactly 3,000 postings in the ERP, none twice, sums exact', async () => {
    const planned = Array.from({ length: ENTRIES }, (_, i) => pricedEntryAt(i));
    const ids: string[] = [];
    ids.push(...(await bed.logTime(planned.map(({ role: _role, ...entry }) => entry))));
    await bed.admin('/psa/time-entries/approve', { body: { all: true } });
    const workerEnv = {
      ...bed.env,
      PROCESS_ROLE: 'worker',
      TIME_SWEEP_INTERVAL_MS: '1000',
      LOG_LEVEL: 'warn',
    };

    const started = Date.now();
    worker = WorkerProcess.start('process-time', workerEnv, logFile);
    await waitFor(async () => (await posted()) >= KILL_AFTER, {
      timeoutMs: 300_000,
      intervalMs: 100,
      what: `${KILL_AFTER} postings before the kill`,
    });
    await worker.kill('SIGKILL');
    const atKill = await posted();
    const claimedAtKill: { n: number }[] = await bed.dataSource.query(
      `SELECT count(*)::int AS n FROM time_postings WHERE lease_token IS NOT NULL`,
    );
    expect(atKill).toBeLessThan(ENTRIES);

    worker = WorkerProcess.start('process-time', workerEnv, logFile);
    await waitFor(async () => (await posted()) === ENTRIES, {
      timeoutMs: 600_000,
      intervalMs: 250,
      what: `all ${ENTRIES} postings after the restart`,
    });
    const seconds = (Date.now() - started) / 1000;

    const verdict = await postingVerdict(
      bed,
      ids.map((id, i) => ({ id, entry: planned[i] })),
    );
    expect(verdictLine(verdict)).toBe('exact');

    const [ledger] = await bed.dataSource.query(
      `SELECT count(*)::int AS hops, (count(*) FILTER (WHERE attempts > 1))::int AS reclaimed
         FROM sync_ledger WHERE flow = 'time-posting' AND status = 'succeeded'`,
    );
    expect(ledger.hops).toBe(ENTRIES);
    const [{ exceptions }] = await bed.dataSource.query(
      `SELECT count(*)::int AS exceptions FROM exceptions`,
    );
    expect(exceptions).toBe(0);
    process.stdout.write(
      `[sigkill] ${ENTRIES} entries in ${seconds.toFixed(1)} s (${(ENTRIES / seconds).toFixed(0)}/s), ` +
        `killed at ${atKill} posted with ${claimedAtKill[0].n} leases held, ${ledger.reclaimed} hops re-claimed\n`,
    );
  }, 960_000);
});
