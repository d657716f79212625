import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Job, RateLimitError, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { ApiProblemError } from '@p2c/clients';
import { JobData, QueueFactory, QueueName } from '@p2c/messaging';
import { sqlRows } from '@p2c/flow';
import type { TimeReasonCode } from '../exceptions/reason-codes';
import { PostingSubject, TimeExceptions } from '../exceptions/time-exceptions';
import { TimeMetrics } from '../kpis/time-metrics';
import { PostingBlockedException } from './posting-blocked.exception';
import { PostingBusyException } from './posting-busy.exception';
import { PostEntryUseCase } from './post-entry.use-case';

/** Payload of a `post-entry` job on the time-posting queue: ids only. */
export interface PostEntryJobData {
  postingId: string;
  /** a retry from the workbench: read every reference fresh */
  fresh?: boolean;
}

const DEFAULT_PAUSE_MS = 1_000;

/**
 * One entry's posting as a BullMQ job. A blocked entry fails at once (UnrecoverableError; its
 * exception row is already written). The ERP limiting us (429 with its Retry-After) pauses the
 * whole queue for that long and puts the job back without using an attempt — up to
 * TIME_POSTING_MAX_DEFERRALS times. Any other failure is retried with the
 * queue's backoff; the last attempt (TIME_POSTING_ATTEMPTS) raises an exception for the platform
 * team and the job stays in the failed set (the dead letters a retry replays).
 */
@Injectable()
export class PostEntryJob {
  private readonly logger = new Logger(PostEntryJob.name);
  private readonly maxDeferrals: number;
  private readonly attempts: number;

  constructor(
    private readonly useCase: PostEntryUseCase,
    private readonly queues: QueueFactory,
    private readonly dataSource: DataSource,
    private readonly exceptions: TimeExceptions,
    private readonly metrics: TimeMetrics,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.maxDeferrals = config.getOrThrow<number>('TIME_POSTING_MAX_DEFERRALS');
    this.attempts = config.getOrThrow<number>('TIME_POSTING_ATTEMPTS');
  }

  async process(job: Job<JobData<PostEntryJobData>>): Promise<void> {
    try {
      await this.useCase.execute({
        postingId: job.data.postingId,
        holder: `job:${job.id}`,
        fresh: job.data.fresh === true,
      });
    } catch (error) {
      if (error instanceof PostingBlockedException) throw new UnrecoverableError(error.message);
      if (error instanceof PostingBusyException) throw error;
      const pauseMs = limitedFor(error);
      if (pauseMs !== undefined && deferrals(job) < this.maxDeferrals) {
        await this.queues.queue(QueueName.TimePosting).rateLimit(pauseMs);
        this.metrics.deferred();
        throw new RateLimitError();
      }
      if (job.attemptsMade + 1 >= Math.min(this.attempts, job.opts.attempts ?? 1)) {
        await this.giveUp(job, error);
        throw new UnrecoverableError((error as Error).message);
      }
      throw error;
    }
  }

  /** The retries are spent: block the entry and raise an exception a person can retry. */
  private async giveUp(job: Job<JobData<PostEntryJobData>>, error: unknown): Promise<void> {
    const reason: TimeReasonCode =
      error instanceof ApiProblemError
        ? error.status === 429
          ? 'RATE_LIMITED'
          : 'VENDOR_UNAVAILABLE'
        : 'POSTING_FAILED';
    const detail = error instanceof ApiProblemError ? error.detail : (error as Error).message;
    try {
      await this.dataSource.transaction(async (manager) => {
        const [subject] = await sqlRows<PostingSubject>(
          manager,
          `UPDATE time_postings SET status = 'blocked', last_error = $2, updated_at = now()
            WHERE id = $1 AND status = 'pending'
            RETURNING id AS "postingId", kind, source_system AS "sourceSystem",
                      source_id AS "sourceId"`,
          [job.data.postingId, detail.slice(0, 2000)],
        );
        if (!subject) return;
        await this.exceptions.raise(
          manager,
          subject,
          reason,
          `Posting ${subject.postingId} failed ${job.attemptsMade + 1} times and is no longer ` +
            `retried on its own (last: ${detail}). Check that system-erp and the ERP are healthy ` +
            `(system-erp /health/ready, vendor_http metrics), then retry this exception.`,
          { attempts: job.attemptsMade + 1, lastError: detail },
        );
        this.metrics.outcome(subject.kind, 'failed');
      });
    } catch (raiseError) {
      // the posting stays pending: the recovery sweep queues it again
      this.logger.error(
        `could not raise the exception of posting ${job.data.postingId}: ${(raiseError as Error).message}`,
      );
    }
  }
}

/**
 * How long to hold the queue off when the ERP is limiting us (429 through system-erp's own
 * retries). Other failures, VENDOR_UNAVAILABLE included, take the job's own backoff.
 */
export function limitedFor(error: unknown): number | undefined {
  if (!(error instanceof ApiProblemError) || error.status !== 429) return undefined;
  return Math.max((error.retryAfter ?? 0) * 1000, DEFAULT_PAUSE_MS);
}

/** Times this job went back to wait because of a rate limit (those attempts did not count). */
function deferrals(job: Job): number {
  return Math.max(0, job.attemptsStarted - job.attemptsMade - 1);
}
