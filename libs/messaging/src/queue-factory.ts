import { BeforeApplicationShutdown, Logger } from '@nestjs/common';
import { FlowProducer, Job, JobType, JobsOptions, Queue, Worker, WorkerOptions } from 'bullmq';
import type Redis from 'ioredis';
import { currentCorrelationId } from '@p2c/observability';
import { DEFAULT_JOB_OPTIONS } from './job-options';
import { JobData, JobProcessor, toJobData, withJobCorrelation } from './job-data';
import {
  DEFAULT_SCHEDULER_CHECK_MS,
  KeptSchedulers,
  SchedulerRepeat,
  SchedulerTemplate,
} from './kept-schedulers';
import { MessagingException, MessagingExceptionCode } from './messaging.exception';
import { QueueDepthSource, trackQueueDepth } from './queue-depth.metrics';
import { QueueName } from './queue-name';
import { createRedisConnection } from './redis-connection';
import { whenRedisReady } from './when-redis-ready';

export interface QueueFactoryOptions {
  redisUrl: string;
  /** BullMQ's key prefix (REDIS_PREFIX): deployments and test runs sharing a Redis stay apart */
  prefix: string;
  /** names the Redis connections (CLIENT LIST shows who is connected) */
  app: string;
  /** the app's fail-fast connection, shared by every queue it produces to */
  producer: Redis;
  /** how often kept job schedulers are checked and set up again if Redis lost them */
  schedulerCheckMs?: number;
}

export type WorkerSettings = Omit<WorkerOptions, 'connection' | 'prefix'>;

/**
 * Makes the app's queues and workers with the gateway's conventions: REDIS_PREFIX as BullMQ's
 * prefix, the default job options, the fail-fast producer connection for queues and a blocking-safe
 * worker connection for workers, and the correlation id carried from producer to processor.
 * Closes what it made when the app shuts down.
 */
export class QueueFactory implements BeforeApplicationShutdown, QueueDepthSource {
  private readonly logger = new Logger(QueueFactory.name);
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  private flowProducer?: FlowProducer;
  private workerConnection?: Redis;
  private closed = false;
  private readonly untrackQueueDepth: () => void;
  private readonly schedulers: KeptSchedulers;

  constructor(private readonly options: QueueFactoryOptions) {
    this.untrackQueueDepth = trackQueueDepth(this);
    this.schedulers = new KeptSchedulers(options.schedulerCheckMs ?? DEFAULT_SCHEDULER_CHECK_MS);
  }

  get app(): string {
    return this.options.app;
  }

  /** true while the producer connection can take commands */
  get connected(): boolean {
    return this.options.producer.status === 'ready';
  }

  /** Resolves once the producer connection is ready; rejects, saying why, if not in time. */
  whenConnected(timeoutMs: number): Promise<void> {
    return whenRedisReady(this.options.producer, timeoutMs);
  }

  /** The queue of that name, made on first use. */
  queue(name: QueueName): Queue {
    this.assertOpen();
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.options.producer,
        prefix: this.options.prefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
      queue.on('error', (error) => this.logger.warn(`queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /**
   * The app's FlowProducer (made on first use), for a parent job that runs once its children are
   * done, e.g. one child per project of a billing run. Jobs get the app's prefix; their options
   * are the caller's (start from DEFAULT_JOB_OPTIONS). A job with the id of one that exists is
   * not added twice.
   */
  flows(): FlowProducer {
    this.assertOpen();
    if (!this.flowProducer) {
      this.flowProducer = new FlowProducer({
        connection: this.options.producer,
        prefix: this.options.prefix,
      });
      this.flowProducer.on('error', (error) => this.logger.warn(`flows: ${error.message}`));
    }
    return this.flowProducer;
  }

  /**
   * Enqueues at once, carrying the current correlation id. Inside a business transaction use the
   * outbox (`addToOutbox`) instead, so the job exists exactly when the change commits.
   */
  enqueue<T extends object>(
    queue: QueueName,
    name: string,
    payload: T,
    options?: JobsOptions,
  ): Promise<Job<JobData<T>>> {
    return this.queue(queue).add(name, toJobData(payload, currentCorrelationId()), options);
  }

  /** A worker whose processor runs under the correlation id of the job's producer. */
  worker<T extends object, R>(
    queue: QueueName,
    processor: JobProcessor<T, R>,
    settings: WorkerSettings = {},
  ): Worker<JobData<T>, R> {
    this.assertOpen();
    this.workerConnection ??= createRedisConnection(
      this.options.redisUrl,
      'worker',
      this.options.app,
    );
    const worker = new Worker<JobData<T>, R>(queue, withJobCorrelation(processor), {
      ...settings,
      connection: this.workerConnection,
      prefix: this.options.prefix,
    });
    worker.on('error', (error) => this.logger.warn(`worker of ${queue}: ${error.message}`));
    this.workers.push(worker);
    return worker;
  }

  /**
   * Sets up a job scheduler (one tick per interval or cron across every replica) and keeps it:
   * should Redis lose it, it is set up again within SCHEDULER_CHECK_MS.
   */
  keepScheduler(
    queue: QueueName,
    id: string,
    repeat: SchedulerRepeat,
    template: SchedulerTemplate,
  ): Promise<void> {
    return this.schedulers.keep({ queue: this.queue(queue), id, repeat, template });
  }

  /** Removes a job scheduler (kept or left by an earlier version) so its ticks stop. */
  dropScheduler(queue: QueueName, id: string): Promise<void> {
    return this.schedulers.drop(this.queue(queue), id);
  }

  /** Jobs by state in every queue this app produces to or works. */
  async jobCounts(
    states: readonly string[],
  ): Promise<{ queue: string; counts: Record<string, number> }[]> {
    if (this.closed) return [];
    const names = new Set<QueueName>([
      ...this.queues.keys(),
      ...this.workers.map((worker) => worker.name as QueueName),
    ]);
    return Promise.all(
      [...names].map(async (name) => ({
        queue: name,
        counts: await this.queue(name).getJobCounts(...(states as JobType[])),
      })),
    );
  }

  /** Lets running jobs finish, then closes the workers, the queues and the worker connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.untrackQueueDepth();
    this.schedulers.stop();
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await this.flowProducer?.close();
    this.workerConnection?.disconnect();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.close();
  }

  private assertOpen(): void {
    if (this.closed)
      throw new MessagingException(
        MessagingExceptionCode.QUEUES_CLOSED,
        'The queues are closed: the app is shutting down.',
      );
  }
}
