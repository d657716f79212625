import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { QueueName, createRedisConnection } from '@p2c/messaging';
import { PSA_SIGNATURE_HEADER, signPsaWebhook } from '@p2c/security';
import { TEST_REDIS_URL, deleteKeysWithPrefix, testRedisPrefix, waitFor } from '@p2c/testing';
import { PsaTestBed } from '../testing/psa-test-bed';
import { contosoProject, fabrikamProject, keyed } from '../testing/northwind-projects';
import { PruneInboxUseCase } from './prune-inbox.use-case';

const SECRET = 'psa-dev-webhook-secret';

describe('system-psa hands webhooks on through the psa-events queue', () => {
  const prefix = testRedisPrefix();
  const redis = createRedisConnection(TEST_REDIS_URL, 'worker', 'inbox-spec');
  let bed: PsaTestBed;
  let queue: Queue;

  beforeAll(async () => {
    bed = await PsaTestBed.start({
      env: { REDIS_PREFIX: prefix, OUTBOX_RELAY_INTERVAL_MS: '600000' },
    });
    queue = new Queue(QueueName.PsaEvents, { connection: redis, prefix });
  });

  afterAll(async () => {
    await queue?.close();
    await bed?.close();
    await deleteKeysWithPrefix(redis, prefix);
    redis.disconnect();
  });

  const dataSource = () => bed.app.get(DataSource);

  const deliver = (body: string) =>
    request(bed.app.getHttpServer())
      .post('/webhooks/psa')
      .set('content-type', 'application/json')
      .set(PSA_SIGNATURE_HEADER, signPsaWebhook(SECRET, body, Math.floor(Date.now() / 1000)))
      .send(body);

  /** The PSA's own event of that type about that record, as its webhook would carry it. */
  async function eventBody(eventType: string, subjectId: string): Promise<string> {
    const [event] = await bed.records('subscribed_events', {
      event_type: eventType,
      subject_id: subjectId,
    });
    return JSON.stringify(event);
  }

  async function approvedEntry(key: string): Promise<string> {
    const project = keyed(contosoProject(), key);
    await bed.post('/projects', project).expect(201);
    const generated = await bed.admin<{ firstId: string }>(
      'POST',
      '/__sandbox/psa/time-entries/generate',
      { from: '2026-11-16', to: '2026-11-16', opportunity: project.opportunity },
    );
    await bed.admin('POST', '/__sandbox/psa/time-entries/approve', {
      ids: [generated.body.firstId],
    });
    return generated.body.firstId;
  }

  it('publishes an approval delivered three times as one job of ids, at once, readable at /inbox', async () => {
    const id = await approvedEntry('queued');
    const body = await eventBody('time_entry:approved', id);
    const eventId = JSON.parse(body).id as string;
    const answers = [await deliver(body), await deliver(body), await deliver(body)];
    expect(answers.map((answer) => answer.body.duplicate)).toEqual([false, true, true]);

    // the relay's tick is 10 minutes here: only publishing right after the commit gets it there
    const jobs = await waitFor(
      async () => {
        const all = await queue.getJobs(['waiting', 'active', 'completed', 'failed', 'delayed']);
        const mine = all.filter((job) => job.data.eventId === eventId);
        return mine.length > 0 && mine;
      },
      { timeoutMs: 5_000, what: 'the psa-events job' },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = await queue.getJobs(['waiting', 'active', 'completed', 'failed', 'delayed']);
    expect(again.filter((job) => job.data.eventId === eventId)).toHaveLength(1);
    expect(jobs[0].name).toBe('TIME_ENTRY_APPROVED');
    // ids only: the consumer reads the event from /inbox
    expect(Object.keys(jobs[0].data).filter((key) => key !== 'correlationId')).toEqual([
      'eventId',
      'eventType',
    ]);
    expect(jobs[0].data).toMatchObject({ eventId, eventType: 'TIME_ENTRY_APPROVED' });

    const stored = await bed.get(`/inbox/${eventId}`).expect(200);
    expect(stored.body).toMatchObject({
      id: eventId,
      type: 'TIME_ENTRY_APPROVED',
      timeEntry: { sourceId: id, sourceVersion: 2, status: 'APPROVED' },
    });
    await bed.get('/inbox/no-such-event').expect(404);
    await request(bed.app.getHttpServer()).get(`/inbox/${eventId}`).expect(401);
  });

  it('publishes a completed milestone on its own queue, for billing', async () => {
    const fabrikam = keyed(fabrikamProject(), 'stored');
    await bed.post('/projects', fabrikam).expect(201);
    await bed.admin('POST', `/__sandbox/psa/milestones/${fabrikam.milestones[0].id}/complete`);
    const [event] = await bed.records('subscribed_events', { event_type: 'story:completed' });
    const body = JSON.stringify(event);
    expect((await deliver(body)).status).toBe(200);
    const [row] = await dataSource().query(
      `SELECT event_type, status FROM inbox_messages WHERE event_id = $1`,
      [event.id],
    );
    expect(row).toEqual({ event_type: 'MILESTONE_COMPLETED', status: 'received' });
    const outbox = await dataSource().query(
      `SELECT queue, job_name AS "jobName" FROM outbox_messages WHERE payload->>'eventId' = $1`,
      [event.id],
    );
    expect(outbox).toEqual([{ queue: 'psa-milestone-events', jobName: 'MILESTONE_COMPLETED' }]);
  });

  it('prunes rows past the retention, and keeps recent ones and ones still waiting to be sent', async () => {
    const insert = (eventId: string, type: string, status: string, daysAgo: number) =>
      dataSource().query(
        `INSERT INTO inbox_messages (source_system, event_id, event_type, payload, status, received_at)
         VALUES ('psa', $1, $2, '{}'::jsonb, $3, now() - $4 * interval '1 day')`,
        [eventId, type, status, daysAgo],
      );
    await insert('old-published', 'TIME_ENTRY_APPROVED', 'received', 15);
    await insert('old-milestone', 'MILESTONE_COMPLETED', 'received', 15);
    await insert('old-ignored', 'PROJECT_CREATED', 'ignored', 30);
    await insert('old-unsent', 'TIME_ENTRY_APPROVED', 'received', 15);
    await insert('recent', 'MILESTONE_COMPLETED', 'received', 13);
    await dataSource().query(
      `INSERT INTO outbox_messages (id, queue, job_name, payload)
       VALUES (gen_random_uuid(), 'psa-events', 'TIME_ENTRY_APPROVED', '{"eventId":"old-unsent"}')`,
    );

    expect(await bed.app.get(PruneInboxUseCase).execute()).toBe(3);
    const left: { event_id: string }[] = await dataSource().query(
      `SELECT event_id FROM inbox_messages WHERE event_id IN
         ('old-published', 'old-milestone', 'old-ignored', 'old-unsent', 'recent')
       ORDER BY event_id`,
    );
    expect(left.map((row) => row.event_id)).toEqual(['old-unsent', 'recent']);
  });
});
