import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { decodeCursor, encodeCursor } from '@p2c/platform';
import { sqlRows } from '../sql/sql-rows';
import { encodeDeadLetterId } from './dead-letter-key';
import { DeadLettersOptions } from './dead-letters-options';
import type { DeadLetterDto } from './dto/dead-letter.dto';
import type { DeadLetterPageDto } from './dto/dead-letter-page.dto';
import type { ListDeadLettersQueryDto } from './dto/list-dead-letters.query.dto';

/** A dead letter with its place in the list: when it gave up (to the microsecond), then `tie`. */
interface Entry {
  key: string;
  tie: string;
  item: DeadLetterDto;
}

interface GivenUpRow {
  id: string;
  queue: string;
  jobName: string;
  payload: Record<string, unknown>;
  attempts: number;
  lastError: string | null;
  givenUpAt: Date;
  key: string;
}

const FAILED_CHUNK = 200;

/**
 * What gave up in the app, the latest first: failed jobs of its queues whose attempts ran out
 * (a flow's job that failed for good before has an exception case instead, retried from there),
 * every failed job of its inbox queues (a pushed message it could not take), and outbox rows the
 * relay stopped retrying.
 */
@Injectable()
export class ListDeadLettersUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
    private readonly options: DeadLettersOptions,
  ) {}

  async execute(query: ListDeadLettersQueryDto): Promise<DeadLetterPageDto> {
    const after = decodeCursor(query.cursor);
    const before = (entry: Entry) =>
      !after || entry.key < after.key || (entry.key === after.key && entry.tie < after.id);
    const entries: Entry[] = [];
    for (const queue of this.options.queues) {
      const kind = this.options.inboxQueues.includes(queue) ? 'inbox' : 'job';
      if (!query.kind || query.kind === kind)
        entries.push(...(await this.failedJobs(queue, kind, query.limit + 1, before)));
    }
    if (!query.kind || query.kind === 'outbox')
      entries.push(...(await this.givenUpRows(query.limit + 1, after)));
    entries.sort((a, b) =>
      a.key !== b.key ? (a.key < b.key ? 1 : -1) : a.tie < b.tie ? 1 : a.tie > b.tie ? -1 : 0,
    );
    const page = entries.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map((entry) => ({
        ...entry.item,
        cursor: encodeCursor({ key: entry.key, id: entry.tie }),
      })),
      nextCursor:
        entries.length > query.limit && last
          ? encodeCursor({ key: last.key, id: last.tie })
          : undefined,
    };
  }

  /** Up to `wanted` of the queue's failed jobs (with no attempt left, but on an inbox queue), newest first. */
  private async failedJobs(
    queue: QueueName,
    kind: 'job' | 'inbox',
    wanted: number,
    before: (entry: Entry) => boolean,
  ): Promise<Entry[]> {
    const found: Entry[] = [];
    for (let start = 0; found.length < wanted; start += FAILED_CHUNK) {
      const chunk = await this.queues.queue(queue).getFailed(start, start + FAILED_CHUNK - 1);
      for (const job of chunk as Job[]) {
        if (!job?.id || !job.finishedOn) continue;
        if (kind === 'job' && job.attemptsMade < (job.opts.attempts ?? 1)) continue;
        const entry = jobEntry(queue, kind, job);
        if (before(entry)) found.push(entry);
      }
      if (chunk.length < FAILED_CHUNK) break;
    }
    return found;
  }

  private async givenUpRows(wanted: number, after?: { key: string; id: string }): Promise<Entry[]> {
    const rows = await sqlRows<GivenUpRow>(
      this.dataSource.manager,
      `SELECT id, queue, job_name AS "jobName", payload, attempts, last_error AS "lastError",
              given_up_at AS "givenUpAt",
              to_char(given_up_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key
         FROM outbox_messages
        WHERE given_up_at IS NOT NULL AND sent_at IS NULL
          AND ($1::timestamptz IS NULL
               OR (given_up_at, 'outbox/' || id::text COLLATE "C") < ($1::timestamptz, $2 COLLATE "C"))
        ORDER BY given_up_at DESC, id DESC
        LIMIT $3`,
      [after?.key ?? null, after?.id ?? null, wanted],
    );
    return rows.map((row) => ({
      key: row.key,
      tie: `outbox/${row.id}`,
      item: {
        id: encodeDeadLetterId({ kind: 'outbox', rowId: row.id, failedAt: row.key }),
        kind: 'outbox',
        queue: row.queue,
        jobName: row.jobName,
        jobId: row.id,
        attempts: row.attempts,
        failedAt: row.givenUpAt.toISOString(),
        reason: row.lastError ?? undefined,
        data: row.payload,
      },
    }));
  }
}

function jobEntry(queue: QueueName, kind: 'job' | 'inbox', job: Job): Entry {
  const failedAt = job.finishedOn!;
  const { correlationId: _correlationId, ...data } = job.data as Record<string, unknown>;
  return {
    // to the microsecond, as outbox rows are keyed
    key: new Date(failedAt).toISOString().replace('Z', '000Z'),
    tie: `${queue}/${job.id}`,
    item: {
      id: encodeDeadLetterId({ kind: 'job', queue, jobId: job.id!, failedAt }),
      kind,
      queue,
      jobName: job.name,
      jobId: job.id!,
      attempts: job.attemptsMade,
      failedAt: new Date(failedAt).toISOString(),
      reason: job.failedReason || undefined,
      data,
    },
  };
}
