import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { JobData, QueueFactory, QueueName, addToOutbox, toJobData } from '@p2c/messaging';
import { POST_ENTRY_JOB } from '../exceptions/time-exceptions';
import { TimeMetrics } from '../kpis/time-metrics';
import { PostEntriesUseCase } from './post-entries.use-case';
import { PostEntryJobData, limitedFor } from './post-entry.job';

export const POST_ENTRIES_JOB = 'post-entries';

/** Payload of a `post-entries` job on the time-posting queue: up to TIME_POSTING_JOB_SIZE ids. */
export interface PostEntriesJobData {
  postingIds: string[];
}

/**
 * Many entries' postings as one BullMQ job (PostEntriesUseCase). A job whose worker died runs
 * again under the same id, so it takes its leases back at once and asks the ERP first about what
 * may have landed. Each entry it could not bring in line gets a `post-entry` job of its own, with
 * that job's retries, deferrals and exception; its id derives from this job's, so a re-run queues
 * none twice. When the ERP was limiting us, the queue is held off first for as long as it asked.
 */
@Injectable()
export class PostEntriesJob {
  constructor(
    private readonly useCase: PostEntriesUseCase,
    private readonly queues: QueueFactory,
    private readonly metrics: TimeMetrics,
  ) {}

  async process(job: Job<JobData<PostEntriesJobData>>): Promise<void> {
    const leftOver = await this.useCase.execute(job.data.postingIds, `job:${job.id}`);
    if (leftOver.length === 0) return;
    const queue = this.queues.queue(QueueName.TimePosting);
    const pauseMs = Math.max(0, ...leftOver.map(({ error }) => limitedFor(error) ?? 0));
    if (pauseMs > 0) {
      await queue.rateLimit(pauseMs);
      this.metrics.deferred();
    }
    await queue.addBulk(
      leftOver.map(({ postingId }) => ({
        name: POST_ENTRY_JOB,
        data: toJobData<PostEntryJobData>({ postingId }, job.data.correlationId),
        opts: { jobId: `${job.id}.${postingId}` },
      })),
    );
  }
}

/**
 * Queues the entries' postings through the outbox, in the caller's transaction: a
 * `post-entries` job for every `jobSize` of them (TIME_POSTING_JOB_SIZE).
 */
export async function queuePostingJobs(
  manager: EntityManager,
  postingIds: readonly string[],
  jobSize: number,
): Promise<void> {
  for (let start = 0; start < postingIds.length; start += jobSize)
    await addToOutbox<PostEntriesJobData>(manager, {
      queue: QueueName.TimePosting,
      name: POST_ENTRIES_JOB,
      payload: { postingIds: postingIds.slice(start, start + jobSize) },
    });
}
