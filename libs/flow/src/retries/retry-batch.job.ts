import { HttpException, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { currentCorrelationId } from '@p2c/observability';
import { DEFAULT_JOB_OPTIONS, JobData, QueueFactory, toJobData } from '@p2c/messaging';
import type { ExceptionRetryItemStatus } from '@p2c/persistence';
import type { Role } from '@p2c/security';
import { sqlRows } from '../sql/sql-rows';
import { CaseRetry } from './case-retry';
import { ExceptionRetryBatchesOptions } from './exception-retry-batches-options';
import {
  RETRY_CASE_ATTEMPTS,
  RETRY_CASE_JOB,
  RetryBatchJobData,
  RetryCaseJobData,
  START_BATCH_JOB,
  retryCaseJobId,
} from './retry-batch-job-data';

interface ClaimedItem {
  status: ExceptionRetryItemStatus;
  actor: string;
  actorRoles: Role[];
  createdAt: Date;
}

const FAN_OUT_CHUNK = 500;

/**
 * Works a bulk retry. `start-batch` adds one `retry-case` job per pending case, the job id being
 * batch and case, so running it again (after a crash) adds none twice. `retry-case` holds its
 * item's row lock while the app's retry runs, so a duplicate run waits and then finds it done;
 * if the worker died after the retry committed but before its item did, the case's audit trail
 * shows a retry since the batch was accepted, and the case is not retried again.
 */
@Injectable()
export class RetryBatchJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
    private readonly options: ExceptionRetryBatchesOptions,
    private readonly retry: CaseRetry,
  ) {}

  process(job: Job<JobData<RetryBatchJobData | RetryCaseJobData>>): Promise<void> {
    if (job.name === START_BATCH_JOB) return this.fanOut(job.data.batchId);
    return this.retryCase(job as Job<JobData<RetryCaseJobData>>);
  }

  private async fanOut(batchId: string): Promise<void> {
    const pending = await sqlRows<{ id: string }>(
      this.dataSource.manager,
      `SELECT exception_id AS id FROM exception_retry_items
        WHERE batch_id = $1 AND status = 'pending' ORDER BY exception_id`,
      [batchId],
    );
    const queue = this.queues.queue(this.options.queue);
    for (let start = 0; start < pending.length; start += FAN_OUT_CHUNK)
      await queue.addBulk(
        pending.slice(start, start + FAN_OUT_CHUNK).map(({ id }) => ({
          name: RETRY_CASE_JOB,
          data: toJobData<RetryCaseJobData>({ batchId, exceptionId: id }, currentCorrelationId()),
          opts: {
            jobId: retryCaseJobId(batchId, id),
            attempts: RETRY_CASE_ATTEMPTS,
            backoff: DEFAULT_JOB_OPTIONS.backoff,
          },
        })),
      );
  }

  private async retryCase(job: Job<JobData<RetryCaseJobData>>): Promise<void> {
    const { batchId, exceptionId } = job.data;
    try {
      await this.dataSource.transaction((manager) => this.work(manager, batchId, exceptionId));
    } catch (error) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1))
        await this.dataSource.query(
          `UPDATE exception_retry_items
              SET status = 'failed', code = 'INTERNAL_ERROR', detail = $3, finished_at = now()
            WHERE batch_id = $1 AND exception_id = $2 AND status = 'pending'`,
          [batchId, exceptionId, `The retry gave up: ${(error as Error).message}`],
        );
      throw error;
    }
  }

  private async work(manager: EntityManager, batchId: string, exceptionId: string) {
    const [item] = await sqlRows<ClaimedItem>(
      manager,
      `SELECT i.status, b.actor, b.actor_roles AS "actorRoles", b.created_at AS "createdAt"
         FROM exception_retry_items i JOIN exception_retry_batches b ON b.id = i.batch_id
        WHERE i.batch_id = $1 AND i.exception_id = $2
          FOR UPDATE OF i`,
      [batchId, exceptionId],
    );
    // failed: its dead letter is being replayed
    if (!item || (item.status !== 'pending' && item.status !== 'failed')) return;
    const finish = (status: ExceptionRetryItemStatus, code?: string, detail?: string) =>
      manager.query(
        `UPDATE exception_retry_items SET status = $3, code = $4, detail = $5, finished_at = now()
          WHERE batch_id = $1 AND exception_id = $2`,
        [batchId, exceptionId, status, code ?? null, detail ?? null],
      );
    if (await this.retriedSince(manager, exceptionId, item.createdAt))
      return finish('retried', undefined, 'Retried since the batch was accepted.');
    try {
      await this.retry.execute(exceptionId, { subject: item.actor, roles: item.actorRoles });
    } catch (error) {
      // a refusal is the case's outcome; anything else (a database or Redis fault) is retried
      if (!(error instanceof HttpException) || error.getStatus() >= 500) throw error;
      const code = (error as HttpException & { code?: unknown }).code;
      return finish(
        error.getStatus() === 404 ? 'not_found' : 'refused',
        typeof code === 'string' ? code : undefined,
        error.message,
      );
    }
    return finish('retried');
  }

  /** The case's audit trail shows a retry committed after the batch was accepted. */
  private async retriedSince(manager: EntityManager, id: string, since: Date): Promise<boolean> {
    const found = await sqlRows(
      manager,
      `SELECT 1 FROM audit_log
        WHERE subject_type = 'exception' AND subject_id = $1 AND action = 'exception.retry'
          AND occurred_at >= $2
        LIMIT 1`,
      [id, since],
    );
    return found.length > 0;
  }
}
