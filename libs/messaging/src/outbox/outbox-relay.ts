import { BeforeApplicationShutdown, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { JobsOptions } from 'bullmq';
import { toJobData } from '../job-data';
import { MessagingException, MessagingExceptionCode } from '../messaging.exception';
import { QueueFactory } from '../queue-factory';
import { QueueName } from '../queue-name';
import { withTimeout } from '../with-timeout';

export interface OutboxRelayOptions {
  /** pause between passes that found nothing more to send */
  intervalMs: number;
  /** rows claimed per transaction */
  batchSize: number;
  /** first wait after a failed enqueue, doubled per failure up to MAX_RETRY_DELAY_MS */
  retryDelayMs: number;
  /** enqueue attempts of a row before it is given up (left for a person to replay) */
  maxAttempts: number;
  /** sent rows older than this are deleted */
  retentionHours: number;
  /** an enqueue (or a connection to Redis) that has not answered by then counts as failed */
  enqueueTimeoutMs?: number;
}

export interface OutboxRelayPass {
  sent: number;
  failed: number;
}

interface EnqueueFailure {
  ids: string[];
  error: string;
}

interface ClaimedRow {
  id: string;
  queue: QueueName;
  job_name: string;
  payload: Record<string, unknown>;
  correlation_id: string | null;
  job_attempts: number | null;
  job_backoff_ms: number | null;
}

const MAX_RETRY_DELAY_MS = 5 * 60_000;
const DEFAULT_ENQUEUE_TIMEOUT_MS = 5_000;
const PURGE_EVERY_MS = 60 * 60_000;
/** failed passes (Postgres unreachable) wait twice as long each time, up to this */
const FAILED_PASS_MAX_DELAY_MS = 10_000;
const PURGE_BATCH = 5_000;

// Rows another relay holds are skipped, not waited for; uncommitted rows are invisible.
const CLAIM = `
  SELECT id, queue, job_name, payload, correlation_id, job_attempts, job_backoff_ms
    FROM outbox_messages
   WHERE sent_at IS NULL AND given_up_at IS NULL AND available_at <= now()
   ORDER BY available_at
   LIMIT $1
     FOR UPDATE SKIP LOCKED`;

const MARK_SENT = `
  UPDATE outbox_messages SET sent_at = now(), attempts = attempts + 1
   WHERE id = ANY($1::uuid[])`;

const MARK_FAILED = `
  UPDATE outbox_messages
     SET attempts = attempts + 1,
         last_error = $2,
         available_at = now()
           + least($3 * power(2, least(attempts, 20)), $4) * interval '1 millisecond',
         given_up_at = CASE WHEN attempts + 1 >= $5 THEN now() END
   WHERE id = ANY($1::uuid[])`;

const PURGE = `
  DELETE FROM outbox_messages WHERE id IN (
    SELECT id FROM outbox_messages
     WHERE sent_at < now() - $1 * interval '1 hour'
     LIMIT ${PURGE_BATCH})`;

/**
 * Moves committed outbox rows into BullMQ. Each pass claims a batch of due rows in a short
 * transaction, enqueues each as a job whose id is the row's id, and marks them sent before
 * committing; a row whose enqueue failed `maxAttempts` times is given up, kept for a person to
 * replay from the workbench's dead letters. Several relays (replicas) run side by side: SKIP LOCKED gives each its own rows, and
 * if a relay dies between enqueue and commit, the row is enqueued again under the same job id,
 * which BullMQ ignores while the job is still held (see DEFAULT_JOB_OPTIONS for how long).
 */
export class OutboxRelay implements BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private pass?: Promise<void>;
  private running = false;
  private passAgain = false;
  private failedPasses = 0;
  private lastPurgeAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
    private readonly options: OutboxRelayOptions,
  ) {}

  private get enqueueTimeoutMs(): number {
    return this.options.enqueueTimeoutMs ?? DEFAULT_ENQUEUE_TIMEOUT_MS;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    if (!this.pass) this.schedule(0); // else the pass in flight schedules the next one
  }

  /**
   * Call right after a transaction that wrote outbox rows has committed: they are published now,
   * not at the next tick (the ticks stay the backstop, e.g. when this process dies first). Does
   * nothing where the relay is not running.
   */
  publishNow(): void {
    if (!this.running) return;
    if (this.pass) {
      this.passAgain = true; // the pass in flight may have claimed before the commit
      return;
    }
    clearTimeout(this.timer);
    this.schedule(0);
  }

  /** Stops after the pass in progress, if any, has committed. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.pass;
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  /** One pass: claims up to a batch of due rows, enqueues them, records what happened. */
  async relayOnce(): Promise<OutboxRelayPass> {
    // Redis gets its chance to connect (the app just started, or Redis is coming back) before
    // any row is claimed; past that, the claimed rows are marked failed with the reason.
    const redisDown = await this.queues.whenConnected(this.enqueueTimeoutMs).then(
      () => undefined,
      (error: Error) => error,
    );
    return this.dataSource.transaction(async (manager) => {
      const rows: ClaimedRow[] = await manager.query(CLAIM, [this.options.batchSize]);
      if (rows.length === 0) return { sent: 0, failed: 0 };
      const failures = await this.enqueue(rows, redisDown);
      const failedIds = new Set(failures.flatMap((failure) => failure.ids));
      const sentIds = rows.map((row) => row.id).filter((id) => !failedIds.has(id));
      if (sentIds.length > 0) await manager.query(MARK_SENT, [sentIds]);
      for (const { ids, error } of failures)
        await manager.query(MARK_FAILED, [
          ids,
          error,
          this.options.retryDelayMs,
          MAX_RETRY_DELAY_MS,
          this.options.maxAttempts,
        ]);
      return { sent: sentIds.length, failed: failedIds.size };
    });
  }

  /** Deletes sent rows past their retention; returns how many. */
  async purgeSent(): Promise<number> {
    let purged = 0;
    const runner = this.dataSource.createQueryRunner();
    try {
      for (;;) {
        const { affected } = await runner.query(PURGE, [this.options.retentionHours], true);
        purged += affected ?? 0;
        if ((affected ?? 0) < PURGE_BATCH) return purged;
      }
    } finally {
      await runner.release();
    }
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.pass = this.drain().finally(() => {
        this.pass = undefined;
        const again = this.passAgain;
        this.passAgain = false;
        if (this.running) this.schedule(again ? 0 : this.nextDelayMs());
      });
    }, delayMs);
  }

  private nextDelayMs(): number {
    if (this.failedPasses === 0) return this.options.intervalMs;
    return Math.min(this.options.intervalMs * 2 ** this.failedPasses, FAILED_PASS_MAX_DELAY_MS);
  }

  /** Passes back to back while they come back full, then the purge when it is due. */
  private async drain(): Promise<void> {
    try {
      let pass: OutboxRelayPass;
      do pass = await this.relayOnce();
      while (this.running && pass.sent === this.options.batchSize);
      if (Date.now() - this.lastPurgeAt >= PURGE_EVERY_MS) {
        this.lastPurgeAt = Date.now();
        await this.purgeSent();
      }
      if (this.failedPasses > 0)
        this.logger.log(`outbox relay passes again after ${this.failedPasses} failed`);
      this.failedPasses = 0;
    } catch (error) {
      this.failedPasses += 1;
      this.logger.error(
        `outbox relay pass failed (${this.failedPasses} in a row), next in ${this.nextDelayMs()} ms: ${(error as Error).message}`,
      );
    }
  }

  /** Enqueues the rows queue by queue; returns the groups that failed and why. */
  private async enqueue(rows: ClaimedRow[], redisDown?: Error): Promise<EnqueueFailure[]> {
    const failures: EnqueueFailure[] = [];
    for (const [queue, group] of groupByQueue(rows)) {
      try {
        if (redisDown) throw redisDown;
        await withTimeout(
          this.queues.queue(queue).addBulk(
            group.map((row) => ({
              name: row.job_name,
              data: toJobData(row.payload, row.correlation_id ?? undefined),
              opts: { jobId: row.id, ...retryOf(row) },
            })),
          ),
          this.enqueueTimeoutMs,
          () =>
            new MessagingException(
              MessagingExceptionCode.REDIS_UNREACHABLE,
              'Redis did not answer in time',
            ),
        );
      } catch (error) {
        const reason = `enqueue to ${queue} failed: ${(error as Error).message}`;
        this.logger.warn(`${group.length} outbox message(s) stay unsent: ${reason}`);
        failures.push({ ids: group.map((row) => row.id), error: reason });
      }
    }
    return failures;
  }
}

function groupByQueue(rows: ClaimedRow[]): Map<QueueName, ClaimedRow[]> {
  const groups = new Map<QueueName, ClaimedRow[]>();
  for (const row of rows) {
    const group = groups.get(row.queue);
    if (group) group.push(row);
    else groups.set(row.queue, [row]);
  }
  return groups;
}

/** A row's own tries and exponential backoff, if its flow set them. */
function retryOf(row: ClaimedRow): JobsOptions {
  return row.job_attempts && row.job_backoff_ms
    ? {
        attempts: row.job_attempts,
        backoff: { type: 'exponential', delay: row.job_backoff_ms, jitter: 0.2 },
      }
    : {};
}
