import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TimeTestBed } from '@p2c/apps/process-time/src/testing/time-test-bed';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { Role } from '@p2c/security';
import { WorkerProcess, waitFor } from '@p2c/testing';

const OPEN_CASES = 996;
const UNKNOWN = [
  '6f1c2d3e-0000-4000-8000-000000000001',
  '6f1c2d3e-0000-4000-8000-000000000002',
  '6f1c2d3e-0000-4000-8000-000000000003',
];
// early enough that most of the batch is still ahead whatever the machine's load
const KILL_AFTER = 150;

describe('a bulk retry of 1,000 cases (process-time)', () => {
  let bed: TimeTestBed;
  let worker: WorkerProcess | undefined;
  const logFile = join(tmpdir(), `bulk-retry-worker-${process.pid}.log`);
  let workerEnv: Record<string, string>;

  /** Cases of the time-posting flow as its posting step raises them, seeded in its own table. */
  const seed = async (count: number, status: 'open' | 'resolved' = 'open'): Promise<string[]> => {
    const rows: { id: string }[] = await bed.dataSource.query(
      `INSERT INTO exceptions (flow, step, reason_code, message, owner_group, status, subject_type,
                               subject_id, sla_due_at, context, resolved_at, resolution)
       SELECT 'time-posting', 'post', 'RATE_MISSING', 'no bill rate', 'finance-ops', $2,
              'psa.time_entry', 'seed-' || $3 || '-' || n, now() + interval '8 hours',
              jsonb_build_object('postingId', 'psa-time-seed-' || $3 || '-' || n),
              CASE WHEN $2 = 'resolved' THEN now() END,
              CASE WHEN $2 = 'resolved' THEN 'fixed by hand' END
         FROM generate_series(1, $1) AS n
       RETURNING id`,
      [count, status, randomUUID().slice(0, 8)],
    );
    return rows.map((row) => row.id);
  };
  const retriesOf = async (ids: string[]): Promise<Map<string, string[]>> => {
    const rows: { id: string; actor: string }[] = await bed.dataSource.query(
      `SELECT subject_id AS id, actor FROM audit_log
        WHERE subject_type = 'exception' AND action = 'exception.retry' AND subject_id = ANY($1)`,
      [ids],
    );
    const found = new Map<string, string[]>();
    for (const row of rows) found.set(row.id, [...(found.get(row.id) ?? []), row.actor]);
    return found;
  };
  const batch = async (id: string) =>
    (await bed.api('get', `/exceptions/retries/${id}`).expect(200)).body;
  const written = async () =>
    (
      await bed.dataSource.query(
        `SELECT (SELECT count(*) FROM exception_retry_batches)::int AS batches,
                (SELECT count(*) FROM exception_retry_items)::int AS items`,
      )
    )[0];

  beforeAll(async () => {
    bed = await TimeTestBed.start({ env: { PROCESS_ROLE: 'api' } });
    // the postings the retries queue wait here: what is counted is how often each was queued
    await bed.get(QueueFactory).queue(QueueName.TimePosting).pause();
    workerEnv = {
      ...bed.env,
      PROCESS_ROLE: 'worker',
      EXCEPTION_RETRY_CONCURRENCY: '4',
      LOG_LEVEL: 'warn',
    };
  }, 120_000);

  afterAll(async () => {
    await worker?.kill('SIGTERM');
    await bed?.close();
  });

  it('answers at once, then retries every case once as jobs, also with its worker killed mid-batch', async () => {
    const open = await seed(OPEN_CASES);
    const [closed] = await seed(1, 'resolved');
    const ids = [...open, closed, ...UNKNOWN];
    expect(ids).toHaveLength(1000);

    // no worker runs yet: the answer cannot have waited for any retry
    const accepted = await bed.api('post', '/exceptions/retries').send({ ids }).expect(202);
    expect(accepted.body).toMatchObject({
      id: expect.any(String),
      actor: 'finance-analyst',
      requested: 1000,
      counts: { pending: OPEN_CASES + 1, retried: 0, refused: 0, notFound: 3, failed: 0 },
      done: false,
    });
    const batchId: string = accepted.body.id;
    expect((await retriesOf(ids)).size).toBe(0);

    worker = WorkerProcess.start('process-time', workerEnv, logFile);
    await waitFor(async () => (await batch(batchId)).counts.retried >= KILL_AFTER, {
      timeoutMs: 120_000,
      intervalMs: 50,
      what: `${KILL_AFTER} cases retried before the kill`,
    });
    await worker.kill('SIGKILL');
    const atKill = (await batch(batchId)).counts;
    expect(atKill.pending).toBeGreaterThan(0);

    worker = WorkerProcess.start('process-time', workerEnv, logFile);
    const done = await waitFor(
      async () => {
        const now = await batch(batchId);
        return now.done ? now : undefined;
      },
      { timeoutMs: 240_000, intervalMs: 250, what: 'the batch to be worked through' },
    );
    expect(done.counts).toEqual({
      pending: 0,
      retried: OPEN_CASES,
      refused: 1,
      notFound: 3,
      failed: 0,
    });
    const outcome = new Map(
      done.items.map((item: { exception: string }) => [item.exception, item]),
    );
    expect(outcome.get(closed)).toMatchObject({ status: 'refused', code: 'EXCEPTION_CLOSED' });
    for (const unknown of UNKNOWN)
      expect(outcome.get(unknown)).toMatchObject({ status: 'not_found' });

    // each case retried exactly once, as the person who asked
    const retries = await retriesOf(ids);
    expect(retries.size).toBe(OPEN_CASES);
    expect([...retries.values()].every((actors) => actors.length === 1)).toBe(true);
    expect(new Set([...retries.values()].flat())).toEqual(new Set(['finance-analyst']));
    // each posting queued again exactly once
    const [queued] = await bed.dataSource.query(
      `SELECT count(*)::int AS jobs, count(DISTINCT payload->>'postingId')::int AS postings
         FROM outbox_messages WHERE job_name = 'post-entry'`,
    );
    expect(queued).toEqual({ jobs: OPEN_CASES, postings: OPEN_CASES });
    const [{ retrying }] = await bed.dataSource.query(
      `SELECT count(*)::int AS retrying FROM exceptions WHERE id = ANY($1) AND status = 'retrying'`,
      [open],
    );
    expect(retrying).toBe(OPEN_CASES);
    process.stdout.write(
      `[bulk-retry] killed the worker at ${atKill.retried} of ${OPEN_CASES} retried\n`,
    );
  }, 600_000);

  it('answers a batch asked again under its id as it stands, adding nothing', async () => {
    const [one] = await seed(1);
    const batchId = randomUUID();
    await bed
      .api('post', '/exceptions/retries')
      .send({ ids: [one], batch: batchId })
      .expect(202);
    const before = await written();
    const again = await bed
      .api('post', '/exceptions/retries')
      .send({ ids: [one, ...UNKNOWN], batch: batchId })
      .expect(202);
    expect(again.body).toMatchObject({ id: batchId, requested: 1 });
    expect(await written()).toEqual(before);
    await waitFor(async () => (await batch(batchId)).done, {
      timeoutMs: 60_000,
      what: 'the batch',
    });
    expect((await retriesOf([one])).get(one)).toEqual(['finance-analyst']);
  }, 120_000);

  it('refuses bad input and a delivery token as problem+json, writing nothing', async () => {
    const before = await written();
    const many = Array.from({ length: 1001 }, () => randomUUID());
    for (const body of [
      { ids: [] },
      { ids: many },
      { ids: ['not-a-uuid'] },
      { ids: [UNKNOWN[0]], also: true },
      { ids: [UNKNOWN[0]], batch: 'b-1' },
      {},
    ]) {
      const answer = await bed.api('post', '/exceptions/retries').send(body);
      expect([answer.status, answer.type, answer.body.code]).toEqual([
        400,
        'application/problem+json',
        'VALIDATION_FAILED',
      ]);
    }
    for (const roles of [[Role.Delivery]]) {
      const answer = await bed
        .api('post', '/exceptions/retries', roles)
        .send({ ids: [UNKNOWN[0]] });
      expect([answer.status, answer.body.code]).toEqual([403, 'FORBIDDEN']);
    }
    expect(await written()).toEqual(before);
    const missing = await bed.api('get', `/exceptions/retries/${randomUUID()}`).expect(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });
});
