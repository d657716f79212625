import { randomUUID } from 'node:crypto';
import { TimeTestBed } from '@p2c/apps/process-time/src/testing/time-test-bed';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';

interface DeadLetter {
  id: string;
  kind: string;
  queue: string;
  jobName: string;
  jobId: string;
  attempts: number;
  reason?: string;
  data: Record<string, unknown>;
}

describe('dead letters of process-time and their replay', () => {
  let bed: TimeTestBed;

  const list = async (query = ''): Promise<DeadLetter[]> =>
    (await bed.api('get', `/dead-letters${query}`).expect(200)).body.items;
  const replay = (id: string) => bed.api('post', `/dead-letters/${id}/replay`);
  const audits = async (id: string) =>
    bed.dataSource.query(
      `SELECT actor, action FROM audit_log WHERE subject_type = 'dead-letter' AND subject_id = $1`,
      [id],
    );
  const failedInbox = async (eventId: string, before?: string): Promise<DeadLetter> =>
    waitFor(
      async () =>
        (await list('?kind=inbox')).find(
          (letter) => letter.data.eventId === eventId && letter.id !== before,
        ),
      { timeoutMs: 30_000, what: `the PSA event ${eventId} to fail` },
    );

  beforeAll(async () => {
    bed = await TimeTestBed.start();
  }, 120_000);

  afterAll(() => bed?.close());

  it('lists a PSA event it could not take as a failed inbox message, and replays it exactly once', async () => {
    const eventId = `evt-missing-${randomUUID()}`;
    const queues = bed.get(QueueFactory);
    // as system-psa hands a webhook on; system-psa holds no such event, so the job fails for good
    const job = await queues.enqueue(
      QueueName.PsaEvents,
      'TIME_ENTRY_APPROVED',
      { eventId, eventType: 'TIME_ENTRY_APPROVED' },
      { jobId: `dead-letter-spec-${eventId}` },
    );
    const letter = await failedInbox(eventId);
    expect(letter).toMatchObject({
      kind: 'inbox',
      queue: 'psa-events',
      jobName: 'TIME_ENTRY_APPROVED',
      jobId: job.id,
      attempts: 1,
      reason: expect.stringContaining(eventId),
    });

    // two at once: one replays it, the other is told it is replayed
    const [first, second] = await Promise.all([replay(letter.id), replay(letter.id)]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const refused = first.status === 409 ? first : second;
    expect([refused.type, refused.body.code]).toEqual([
      'application/problem+json',
      'ALREADY_REPLAYED',
    ]);
    const replayed = first.status === 200 ? first : second;
    expect(replayed.body).toEqual({
      id: letter.id,
      queue: 'psa-events',
      jobId: job.id,
      replayedBy: 'finance-analyst',
    });

    // the job ran once more (its tries renewed) and gave up again: a new dead letter
    const again = await failedInbox(eventId, letter.id);
    expect(again).toMatchObject({ jobId: job.id, attempts: 1 });
    expect((await replay(letter.id).expect(409)).body.code).toBe('ALREADY_REPLAYED');
    expect((await list('?kind=inbox')).map((found) => found.id)).not.toContain(letter.id);
    expect(await audits(letter.id)).toEqual([
      { actor: 'finance-analyst', action: 'dead-letter.replay' },
    ]);
    await replay(again.id).expect(200);
    await failedInbox(eventId, again.id);
  });

  it('lists an outbox row the relay gave up on, and hands it to its queue again once', async () => {
    const rowId = randomUUID();
    // as the relay leaves a row after its last failed enqueue
    await bed.dataSource.query(
      `INSERT INTO outbox_messages (id, queue, job_name, payload, attempts, last_error, given_up_at)
       VALUES ($1, 'time-intake', 'recover-stuck', '{}'::jsonb, 25,
               'enqueue to time-intake failed: Redis did not answer in time', now())`,
      [rowId],
    );
    const [letter] = (await list('?kind=outbox')).filter((found) => found.jobId === rowId);
    expect(letter).toMatchObject({
      kind: 'outbox',
      queue: 'time-intake',
      jobName: 'recover-stuck',
      attempts: 25,
      reason: 'enqueue to time-intake failed: Redis did not answer in time',
    });
    await replay(letter.id).expect(200);
    const intake = bed.get(QueueFactory).queue(QueueName.TimeIntake);
    await waitFor(async () => (await (await intake.getJob(rowId))?.getState()) === 'completed', {
      timeoutMs: 20_000,
      what: 'the replayed job to run',
    });
    const [row] = await bed.dataSource.query(
      `SELECT sent_at, given_up_at FROM outbox_messages WHERE id = $1`,
      [rowId],
    );
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(row.given_up_at).toBeNull();
    expect((await replay(letter.id).expect(409)).body.code).toBe('ALREADY_REPLAYED');
    expect((await list('?kind=outbox')).map((found) => found.jobId)).not.toContain(rowId);
    expect(await audits(letter.id)).toEqual([
      { actor: 'finance-analyst', action: 'dead-letter.replay' },
    ]);
  });

  it('answers an unknown dead letter 404, bad input 400 and a delivery token 403, replaying nothing', async () => {
    const unknown = Buffer.from(
      JSON.stringify(['outbox', randomUUID(), '2026-11-20T09:15:00.000000Z']),
    ).toString('base64url');
    const otherQueue = Buffer.from(
      JSON.stringify(['job', 'invoicing', '1', 1795700000000]),
    ).toString('base64url');
    for (const id of [unknown, otherQueue, 'bm90LWEtZGVhZC1sZXR0ZXI']) {
      const answer = await replay(id);
      expect([answer.status, answer.type, answer.body.code]).toEqual([
        404,
        'application/problem+json',
        'NOT_FOUND',
      ]);
    }
    expect((await replay('x!').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await bed.api('get', '/dead-letters?kind=mail').expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await bed.api('get', '/dead-letters?limit=201').expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    const forbidden = await bed.api('post', `/dead-letters/${unknown}/replay`, [Role.Delivery]);
    expect([forbidden.status, forbidden.body.code]).toEqual([403, 'FORBIDDEN']);
    await bed.api('get', '/dead-letters', [Role.Delivery]).expect(403);
    const [{ replays }] = await bed.dataSource.query(
      `SELECT count(*)::int AS replays FROM dead_letter_replays`,
    );
    expect(replays).toBe(3);
  });

  it('pages the latest first with a cursor', async () => {
    const all = await list('?limit=200');
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const { body } = await bed
        .api('get', `/dead-letters?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      paged.push(...body.items.map((found: DeadLetter) => found.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.map((found) => found.id));
    expect(all.length).toBeGreaterThanOrEqual(1);
  });
});
