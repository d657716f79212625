import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { QueueName, addToOutbox } from '@p2c/messaging';
import { ExceptionCases } from '@p2c/flow';
import type { PostEntryJobData } from '../posting/post-entry.job';
import { POST_ENTRY_JOB } from './time-exceptions';

/**
 * Replays the posting an exception stopped, from the start of its posting (validation first),
 * with every reference read fresh: the exception waits as `retrying` and is resolved when the
 * ERP is in line, or raised again (back to `open`) with what is still wrong. A replay is as
 * exactly-once as the first run: the same lease, ledger and posting id.
 */
@Injectable()
export class ExceptionRetries {
  constructor(private readonly cases: ExceptionCases) {}

  /** Queues the retry in the caller's transaction; undefined when the exception has no posting. */
  async requeue(manager: EntityManager, exceptionId: string): Promise<string | undefined> {
    const found = await this.cases.retryingCase(manager, exceptionId);
    const postingId = found?.context.postingId;
    if (typeof postingId !== 'string') return undefined;
    await manager.query(
      `UPDATE time_postings SET status = 'pending', last_error = NULL, updated_at = now()
        WHERE id = $1 AND status = 'blocked'`,
      [postingId],
    );
    await addToOutbox<PostEntryJobData>(manager, {
      queue: QueueName.TimePosting,
      name: POST_ENTRY_JOB,
      payload: { postingId, fresh: true },
    });
    return postingId;
  }
}
