import { Job } from 'bullmq';
import { Logger } from '@nestjs/common';
import { register } from 'prom-client';
import type Redis from 'ioredis';
import { currentCorrelationId, runWithCorrelationId } from '@p2c/observability';
import {
  TEST_REDIS_URL,
  TcpProxy,
  deleteKeysWithPrefix,
  testRedisPrefix,
  waitFor,
} from '@p2c/testing';
import { JobData } from './job-data';
import { MessagingExceptionCode } from './messaging.exception';
import { QueueFactory } from './queue-factory';
import { QueueName } from './queue-name';
import { createRedisConnection } from './redis-connection';

interface PostTimeEntry {
  entryId: string;
}

describe('QueueFactory', () => {
  const prefix = testRedisPrefix();
  const factories: QueueFactory[] = [];
  const connections: Redis[] = [];
  let admin: Redis;

  function producerFor(redisUrl: string): Redis {
    const producer = createRedisConnection(redisUrl, 'producer', 'queue-factory-spec');
    producer.on('error', () => undefined);
    connections.push(producer);
    return producer;
  }

  function factory(redisUrl = TEST_REDIS_URL, producer = producerFor(redisUrl)): QueueFactory {
    const made = new QueueFactory({ redisUrl, prefix, app: 'queue-factory-spec', producer });
    factories.push(made);
    return made;
  }

  beforeAll(() => {
    Logger.overrideLogger(false); // the outage below is meant to happen
    admin = createRedisConnection(TEST_REDIS_URL, 'worker', 'queue-factory-spec');
  });

  afterAll(async () => {
    for (const made of factories) await made.close();
    for (const connection of connections) if (connection.status !== 'end') connection.disconnect();
    await deleteKeysWithPrefix(admin, prefix);
    admin.disconnect();
  });

  it('runs a job under the correlation id of the request that enqueued it', async () => {
    const queues = factory();
    const seen: { entryId: string; correlationId?: string }[] = [];
    queues.worker<PostTimeEntry, void>(QueueName.TimePosting, async (job) => {
      seen.push({ entryId: job.data.entryId, correlationId: currentCorrelationId() });
    });

    const job = await runWithCorrelationId('req-42', () =>
      queues.enqueue(QueueName.TimePosting, 'post-time-entry', { entryId: 'TE-1' }),
    );
    expect(job.data).toEqual({ entryId: 'TE-1', correlationId: 'req-42' });
    await queues.enqueue(QueueName.TimePosting, 'post-time-entry', { entryId: 'TE-2' });
    await queues.enqueue(QueueName.TimePosting, 'post-time-entry', { entryId: 'TE-3' });

    await waitFor(() => seen.length === 3, { what: 'three processed jobs' });
    const byEntry = Object.fromEntries(seen.map((s) => [s.entryId, s.correlationId]));
    expect(byEntry['TE-1']).toBe('req-42');
    // a job with no request behind it still gets an id of its own, for its log lines
    expect(byEntry['TE-2']).toMatch(/^[0-9a-f-]{36}$/);
    expect(byEntry['TE-3']).toMatch(/^[0-9a-f-]{36}$/);
    expect(byEntry['TE-2']).not.toBe(byEntry['TE-3']);
  });

  it('keeps every key under REDIS_PREFIX and gives jobs the default retry and retention', async () => {
    const job: Job<JobData> = await factory().enqueue(QueueName.Invoicing, 'create-invoice', {
      billingEventId: 'BE-1',
    });
    expect(job.opts).toMatchObject({
      attempts: 8,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: { count: 1000, age: 86400 },
      removeOnFail: { count: 10000 },
    });
    expect(await admin.exists(`${prefix}:invoicing:${job.id}`)).toBe(1);
    expect(await admin.keys('bull:invoicing:*')).toEqual([]);
  });

  it('fails an enqueue at once while Redis is unreachable, instead of hanging the caller', async () => {
    const proxy = await new TcpProxy('127.0.0.1', 6379).start();
    const url = `redis://127.0.0.1:${proxy.port}`;
    const producer = producerFor(url);
    const queues = factory(url, producer);
    await queues.enqueue(QueueName.BillingRun, 'run', { period: '2026-10' });
    await proxy.cut();
    await waitFor(() => !queues.connected, { what: 'the producer to notice' });

    const started = Date.now();
    await expect(
      queues.enqueue(QueueName.BillingRun, 'run', { period: '2026-11' }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);

    await proxy.restore();
    await waitFor(() => queues.connected, { what: 'the producer to reconnect' });
    await queues.enqueue(QueueName.BillingRun, 'run', { period: '2026-11' });
    await queues.close();
    producer.disconnect();
    await waitFor(() => producer.status === 'end', { what: 'the producer to close' });
    await proxy.stop();
  });

  it('sets up again a kept job scheduler that Redis lost, and not one it dropped', async () => {
    const lostPrefix = testRedisPrefix();
    const producer = producerFor(TEST_REDIS_URL);
    const queues = new QueueFactory({
      redisUrl: TEST_REDIS_URL,
      prefix: lostPrefix,
      app: 'scheduler-spec',
      producer,
      schedulerCheckMs: 100,
    });
    factories.push(queues);
    const queue = queues.queue(QueueName.TimeIntake);
    await queues.keepScheduler(QueueName.TimeIntake, 'sweep', { every: 60_000 }, { name: 'sweep' });
    await queues.keepScheduler(QueueName.TimeIntake, 'poll', { every: 60_000 }, { name: 'poll' });
    await queues.dropScheduler(QueueName.TimeIntake, 'poll');

    await deleteKeysWithPrefix(admin, lostPrefix); // what a FLUSHALL does to the app's keys
    expect(await queue.getJobScheduler('sweep')).toBeUndefined();

    await waitFor(async () => (await queue.getJobScheduler('sweep')) !== undefined, {
      what: 'the kept scheduler to be set up again',
    });
    expect((await queue.getJobSchedulers()).map((scheduler) => scheduler.key)).toEqual(['sweep']);
    await queues.close();
    await deleteKeysWithPrefix(admin, lostPrefix);
  });

  it('reports the jobs in each of its queues by state on the metrics scrape, until it closes', async () => {
    const producer = producerFor(TEST_REDIS_URL);
    const queues = new QueueFactory({
      redisUrl: TEST_REDIS_URL,
      prefix,
      app: 'depth-spec',
      producer,
    });
    factories.push(queues);
    await queues.enqueue(QueueName.Reconciliation, 'reconcile', { period: '2026-10' });
    await queues.enqueue(QueueName.Reconciliation, 'reconcile', { period: '2026-11' });
    await queues.enqueue(
      QueueName.Reconciliation,
      'reconcile',
      { period: '2026-12' },
      { delay: 60_000 },
    );

    const scrape = async () =>
      (await register.getSingleMetricAsString('p2c_queue_jobs'))
        .split('\n')
        .filter((line) => line.includes('app="depth-spec"'));
    expect(await scrape()).toEqual(
      expect.arrayContaining([
        'p2c_queue_jobs{app="depth-spec",queue="reconciliation",state="waiting"} 2',
        'p2c_queue_jobs{app="depth-spec",queue="reconciliation",state="delayed"} 1',
        'p2c_queue_jobs{app="depth-spec",queue="reconciliation",state="active"} 0',
      ]),
    );
    await queues.close();
    expect(await scrape()).toEqual([]);
  });

  it('refuses new queues and workers once closed', async () => {
    const queues = factory();
    await queues.close();
    expect(() => queues.queue(QueueName.Reconciliation)).toThrow(
      expect.objectContaining({ code: MessagingExceptionCode.QUEUES_CLOSED }),
    );
    expect(() => queues.worker(QueueName.Reconciliation, async () => undefined)).toThrow(/closed/);
  });
});
