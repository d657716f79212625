import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { currentCorrelationId, runWithCorrelationId } from '@p2c/observability';
import { dataSourceOptions } from '@p2c/persistence';
import {
  TEST_REDIS_URL,
  TcpProxy,
  TestDatabase,
  createTestDatabase,
  deleteKeysWithPrefix,
  testRedisPrefix,
  waitFor,
} from '@p2c/testing';
import { DEFAULT_JOB_OPTIONS } from '../job-options';
import { QueueFactory } from '../queue-factory';
import { QueueName } from '../queue-name';
import { createRedisConnection } from '../redis-connection';
import { addToOutbox } from './add-to-outbox';
import { OutboxRelay, OutboxRelayOptions } from './outbox-relay';

const RELAY: OutboxRelayOptions = {
  intervalMs: 20,
  batchSize: 50,
  retryDelayMs: 50,
  maxAttempts: 25,
  retentionHours: 168,
};

interface OutboxRow {
  id: string;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
  available_at: Date;
}

describe('the outbox', () => {
  const prefixes: string[] = [];
  const closers: (() => Promise<void>)[] = [];
  let database: TestDatabase;
  let dataSource: DataSource;
  let admin: Redis;

  async function replicaDataSource(name: string): Promise<DataSource> {
    const replica = await new DataSource(
      dataSourceOptions('process-time', database.urlFor('process-time'), name),
    ).initialize();
    closers.push(() => replica.destroy());
    return replica;
  }

  /** What one app replica would have: its own Redis connection and queues. */
  function queueFactory(
    prefix: string,
    redisUrl = TEST_REDIS_URL,
    producer = createRedisConnection(redisUrl, 'producer', 'outbox-spec'),
  ): QueueFactory {
    producer.on('error', () => undefined);
    const queues = new QueueFactory({ redisUrl, prefix, app: 'outbox-spec', producer });
    closers.push(async () => {
      await queues.close();
      if (producer.status !== 'end') producer.disconnect();
    });
    return queues;
  }

  function relay(prefix: string, options: Partial<OutboxRelayOptions> = {}, source = dataSource) {
    const made = new OutboxRelay(source, queueFactory(prefix), { ...RELAY, ...options });
    closers.push(() => made.stop());
    return made;
  }

  function newPrefix(): string {
    const prefix = testRedisPrefix();
    prefixes.push(prefix);
    return prefix;
  }

  const outbox = () => dataSource.query<OutboxRow[]>('SELECT * FROM outbox_messages ORDER BY id');

  function bullQueue(prefix: string, name: QueueName): Queue {
    const queue = new Queue(name, { connection: admin, prefix });
    closers.push(() => queue.close());
    return queue;
  }

  beforeAll(async () => {
    Logger.overrideLogger(false); // the failures below are meant to happen
    database = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions('process-time', database.urlFor('process-time'), 'outbox-spec'),
    ).initialize();
    admin = createRedisConnection(TEST_REDIS_URL, 'worker', 'outbox-spec');
  });

  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await dataSource.query('DELETE FROM outbox_messages');
  });

  afterAll(async () => {
    for (const prefix of prefixes) await deleteKeysWithPrefix(admin, prefix);
    admin?.disconnect();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('is written only inside a business transaction', async () => {
    await expect(
      addToOutbox(dataSource.manager, {
        queue: QueueName.TimePosting,
        name: 'post-time-entry',
        payload: { entryId: 'TE-1' },
      }),
    ).rejects.toThrow(/business transaction/);
  });

  it('enqueues 1,000 rows exactly once with two relays running at once', async () => {
    const prefix = newPrefix();
    await dataSource.query(`
      CREATE TABLE sent_marks (id uuid NOT NULL, relay text NOT NULL);
      CREATE FUNCTION record_sent_mark() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO sent_marks VALUES (NEW.id, current_setting('application_name'));
        RETURN NEW;
      END $$;
      CREATE TRIGGER tr_record_sent_mark AFTER UPDATE OF sent_at ON outbox_messages
        FOR EACH ROW WHEN (NEW.sent_at IS NOT NULL) EXECUTE FUNCTION record_sent_mark();`);
    closers.push(async () => {
      await dataSource.query(`DROP TABLE sent_marks;
        DROP TRIGGER tr_record_sent_mark ON outbox_messages; DROP FUNCTION record_sent_mark()`);
    });

    const ids: string[] = [];
    for (let batch = 0; batch < 10; batch++)
      await dataSource.transaction(async (manager) => {
        for (let i = 0; i < 100; i++)
          ids.push(
            await addToOutbox(manager, {
              queue: QueueName.TimePosting,
              name: 'post-time-entry',
              payload: { entryId: `TE-${batch * 100 + i}` },
            }),
          );
      });

    const relays = [
      relay(prefix, {}, await replicaDataSource('relay-a')),
      relay(prefix, {}, await replicaDataSource('relay-b')),
    ];
    relays.forEach((r) => r.start());
    await waitFor(async () => (await outbox()).every((row) => row.sent_at !== null), {
      timeoutMs: 20_000,
      what: 'every row to be sent',
    });
    await Promise.all(relays.map((r) => r.stop()));

    const marks = await dataSource.query<{ rows: string; ids: string; relays: string }[]>(
      `SELECT count(*) AS rows, count(DISTINCT id) AS ids, count(DISTINCT relay) AS relays
         FROM sent_marks`,
    );
    expect(marks[0]).toEqual({ rows: '1000', ids: '1000', relays: '2' });
    expect(new Set((await outbox()).map((row) => row.attempts))).toEqual(new Set([1]));

    const queue = bullQueue(prefix, QueueName.TimePosting);
    const jobs = await queue.getJobs(['wait'], 0, -1);
    expect(jobs.map((job) => job.id).sort()).toEqual([...ids].sort());
    expect(jobs[0]).toMatchObject({
      name: 'post-time-entry',
      data: { entryId: expect.stringMatching(/^TE-\d+$/) },
    });
    // BullMQ saw each id added once: no relay enqueued a row another one had
    const events = await admin.xrange(`${prefix}:${QueueName.TimePosting}:events`, '-', '+');
    const kinds = events.map(([, fields]) => fields[fields.indexOf('event') + 1]);
    expect(kinds.filter((kind) => kind === 'added')).toHaveLength(1000);
    expect(kinds.filter((kind) => kind === 'duplicated')).toHaveLength(0);
  });

  it('keeps a row it could not enqueue, with the error, and sends it on a later pass', async () => {
    const prefix = newPrefix();
    const redis = await new TcpProxy('127.0.0.1', 6379).start();
    await redis.cut(); // nothing listens where this replica's Redis should be
    closers.push(() => redis.stop());
    const relayWithoutRedis = new OutboxRelay(
      dataSource,
      queueFactory(prefix, `redis://127.0.0.1:${redis.port}`),
      { ...RELAY, enqueueTimeoutMs: 200 },
    );
    const id = await dataSource.transaction((manager) =>
      addToOutbox(manager, {
        queue: QueueName.Invoicing,
        name: 'create-invoice',
        payload: { billingEventId: 'BE-1' },
      }),
    );

    expect(await relayWithoutRedis.relayOnce()).toEqual({ sent: 0, failed: 1 });
    const [failed] = await outbox();
    expect(failed).toMatchObject({ id, sent_at: null, attempts: 1 });
    expect(failed.last_error).toMatch(
      /^enqueue to invoicing failed: Redis at 127\.0\.0\.1:\d+ did not answer within 200 ms/,
    );
    expect(failed.available_at.getTime()).toBeGreaterThan(Date.now() - 1000);

    await redis.restore();
    await waitFor(async () => (await relayWithoutRedis.relayOnce()).sent === 1, {
      what: 'the row to be sent once Redis answers',
    });
    const [sent] = await outbox();
    expect(sent.sent_at).not.toBeNull();
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    const job = await bullQueue(prefix, QueueName.Invoicing).getJob(id);
    expect(job?.data).toEqual({ billingEventId: 'BE-1' });
  });

  it('lets a connection that is still coming up connect instead of failing the rows', async () => {
    const prefix = newPrefix();
    const id = await dataSource.transaction((manager) =>
      addToOutbox(manager, { queue: QueueName.Invoicing, name: 'create-invoice', payload: {} }),
    );
    const queues = queueFactory(prefix); // as in an app that has just started
    expect(queues.connected).toBe(false);
    expect(await new OutboxRelay(dataSource, queues, RELAY).relayOnce()).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(await bullQueue(prefix, QueueName.Invoicing).getJob(id)).toBeDefined();
  });

  it('backs off further with every failed enqueue', async () => {
    const prefix = newPrefix();
    const relayWithoutRedis = new OutboxRelay(
      dataSource,
      // a connection that never comes up
      queueFactory(prefix, 'redis://127.0.0.1:1', new Redis(1, { lazyConnect: true })),
      { ...RELAY, retryDelayMs: 60_000, enqueueTimeoutMs: 50 },
    );
    await dataSource.transaction((manager) =>
      addToOutbox(manager, { queue: QueueName.Invoicing, name: 'create-invoice', payload: {} }),
    );
    const delays: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await relayWithoutRedis.relayOnce()).toEqual({ sent: 0, failed: 1 });
      const [row] = await dataSource.query<{ delay_ms: number }[]>(
        `SELECT extract(epoch FROM available_at - now()) * 1000 AS delay_ms FROM outbox_messages`,
      );
      delays.push(Number(row.delay_ms));
      await dataSource.query(`UPDATE outbox_messages SET available_at = now()`);
    }
    expect(delays[0]).toBeCloseTo(60_000, -3);
    expect(delays[1]).toBeCloseTo(120_000, -3);
    expect(delays[2]).toBeCloseTo(240_000, -3);
  });

  it('gives a row up after its last attempt and claims it no more', async () => {
    const prefix = newPrefix();
    const relayWithoutRedis = new OutboxRelay(
      dataSource,
      queueFactory(prefix, 'redis://127.0.0.1:1', new Redis(1, { lazyConnect: true })),
      { ...RELAY, maxAttempts: 3, enqueueTimeoutMs: 50 },
    );
    await dataSource.transaction((manager) =>
      addToOutbox(manager, { queue: QueueName.Invoicing, name: 'create-invoice', payload: {} }),
    );
    const givenUp = async () =>
      (await dataSource.query(`SELECT given_up_at FROM outbox_messages`))[0].given_up_at;
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await givenUp()).toBeNull();
      expect(await relayWithoutRedis.relayOnce()).toEqual({ sent: 0, failed: 1 });
      await dataSource.query(`UPDATE outbox_messages SET available_at = now()`);
    }
    expect(await givenUp()).toBeInstanceOf(Date);
    expect(await relayWithoutRedis.relayOnce()).toEqual({ sent: 0, failed: 0 });
    expect(await outbox()).toEqual([expect.objectContaining({ attempts: 3, sent_at: null })]);
  });

  it('never enqueues a row whose transaction has not committed, and does once it has', async () => {
    const prefix = newPrefix();
    const relayNow = relay(prefix);
    const transaction = dataSource.createQueryRunner();
    await transaction.startTransaction();
    try {
      const id = await addToOutbox(transaction.manager, {
        queue: QueueName.BillingRun,
        name: 'run-billing',
        payload: { legalEntity: 'NW-UK', period: '2026-10' },
      });
      expect(await relayNow.relayOnce()).toEqual({ sent: 0, failed: 0 });
      expect(await bullQueue(prefix, QueueName.BillingRun).getJob(id)).toBeUndefined();

      await transaction.commitTransaction();
      expect(await relayNow.relayOnce()).toEqual({ sent: 1, failed: 0 });
      expect(await bullQueue(prefix, QueueName.BillingRun).getJob(id)).toBeDefined();
    } finally {
      await transaction.release();
    }
  });

  it('publishes a committed row at once when told, not at the next tick', async () => {
    const prefix = newPrefix();
    const loop = relay(prefix, { intervalMs: 600_000 });
    const relayOnce = jest.spyOn(loop, 'relayOnce');
    loop.start();
    await waitFor(() => relayOnce.mock.results[0]?.value, { what: 'the first pass' });
    const id = await dataSource.transaction((manager) =>
      addToOutbox(manager, {
        queue: QueueName.BillingRun,
        name: 'run-billing',
        payload: { legalEntity: 'NW-UK', period: '2026-10' },
      }),
    );

    loop.publishNow();
    await waitFor(
      async () => (await bullQueue(prefix, QueueName.BillingRun).getJob(id)) ?? undefined,
      {
        timeoutMs: 5_000,
        intervalMs: 10,
        what: 'the job, long before the next tick',
      },
    );
  });

  it('gives a job the tries and backoff its flow set, and the queue’s defaults otherwise', async () => {
    const prefix = newPrefix();
    const [own, plain] = await dataSource.transaction(async (manager) => [
      await addToOutbox(manager, {
        queue: QueueName.Invoicing,
        name: 'invoice-event',
        payload: { eventId: 'own' },
        retry: { attempts: 3, backoffMs: 250 },
      }),
      await addToOutbox(manager, {
        queue: QueueName.Invoicing,
        name: 'invoice-event',
        payload: { eventId: 'plain' },
      }),
    ]);
    await relay(prefix).relayOnce();
    const queue = bullQueue(prefix, QueueName.Invoicing);
    const [ownJob, plainJob] = await Promise.all([queue.getJob(own), queue.getJob(plain)]);
    expect([ownJob?.opts.attempts, ownJob?.opts.backoff]).toEqual([
      3,
      { type: 'exponential', delay: 250, jitter: 0.2 },
    ]);
    expect([plainJob?.opts.attempts, plainJob?.opts.backoff]).toEqual([
      DEFAULT_JOB_OPTIONS.attempts,
      DEFAULT_JOB_OPTIONS.backoff,
    ]);
  });

  it('never enqueues a row whose transaction rolled back', async () => {
    const prefix = newPrefix();
    let id = '';
    await expect(
      dataSource.transaction(async (manager) => {
        id = await addToOutbox(manager, {
          queue: QueueName.BillingRun,
          name: 'run-billing',
          payload: { legalEntity: 'NW-UK', period: '2026-10' },
        });
        throw new Error('the period is closed');
      }),
    ).rejects.toThrow('the period is closed');

    expect(await relay(prefix).relayOnce()).toEqual({ sent: 0, failed: 0 });
    expect(await outbox()).toEqual([]);
    expect(await bullQueue(prefix, QueueName.BillingRun).getJob(id)).toBeUndefined();
  });

  it('carries the correlation id of the writing request to the job processor', async () => {
    const prefix = newPrefix();
    const queues = queueFactory(prefix);
    const seen: (string | undefined)[] = [];
    queues.worker(QueueName.TimePosting, async () => {
      seen.push(currentCorrelationId());
    });
    await runWithCorrelationId('req-approve-77', () =>
      dataSource.transaction((manager) =>
        addToOutbox(manager, {
          queue: QueueName.TimePosting,
          name: 'post-time-entry',
          payload: { entryId: 'TE-77' },
        }),
      ),
    );
    // the relay runs outside any request: the id comes from the row, not from the relay
    await new OutboxRelay(dataSource, queues, RELAY).relayOnce();
    await waitFor(() => seen.length === 1, { what: 'the job to run' });
    expect(seen).toEqual(['req-approve-77']);
  });

  it('deletes sent rows past their retention, and never an unsent one', async () => {
    await dataSource.query(`
      INSERT INTO outbox_messages (id, queue, job_name, payload, created_at, sent_at) VALUES
        (gen_random_uuid(), 'invoicing', 'old-sent', '{}', now() - interval '9 days',
          now() - interval '8 days'),
        (gen_random_uuid(), 'invoicing', 'recent-sent', '{}', now() - interval '2 days',
          now() - interval '1 day'),
        (gen_random_uuid(), 'invoicing', 'old-unsent', '{}', now() - interval '30 days', NULL)`);
    expect(await relay(newPrefix()).purgeSent()).toBe(1);
    const left = await dataSource.query<{ job_name: string }[]>(
      'SELECT job_name FROM outbox_messages ORDER BY job_name',
    );
    expect(left.map((row) => row.job_name)).toEqual(['old-unsent', 'recent-sent']);
  });

  describe('its loop', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('stays a single loop when restarted while a pass is in flight', async () => {
      const loop = relay(newPrefix());
      let finishPass = () => undefined as void;
      const relayOnce = jest.spyOn(loop, 'relayOnce').mockImplementation(
        () =>
          new Promise((resolve) => {
            finishPass = () => resolve({ sent: 0, failed: 0 });
          }),
      );
      jest.spyOn(loop, 'purgeSent').mockResolvedValue(0);

      loop.start();
      await jest.advanceTimersByTimeAsync(0);
      expect(relayOnce).toHaveBeenCalledTimes(1);
      const stopped = loop.stop();
      loop.start();
      expect(jest.getTimerCount()).toBe(0); // the pass in flight schedules the next one

      finishPass();
      await stopped;
      await jest.advanceTimersByTimeAsync(RELAY.intervalMs);
      expect(relayOnce).toHaveBeenCalledTimes(2);
      expect(jest.getTimerCount()).toBe(0);
      finishPass();
      await loop.stop();
    });
  });
});
