import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxRelay, QueueFactory, QueueName } from '@p2c/messaging';
import { ReasonException } from '@p2c/platform';
import type { AuthenticatedPrincipal } from '@p2c/security';
import { recordAudit } from '../audit/record-audit';
import { sqlRows } from '../sql/sql-rows';
import { DeadLetterKey, decodeDeadLetterId } from './dead-letter-key';
import { DeadLettersOptions } from './dead-letters-options';
import type { DeadLetterReplayedDto } from './dto/dead-letter-replayed.dto';

/**
 * `POST /dead-letters/{id}/replay`, exactly once per dead letter: the replay is recorded under
 * the dead letter's id (unique) in the transaction that moves it, so a second replay, or one
 * racing it (it waits on the first's row), answers 409 ALREADY_REPLAYED. A failed job moves back
 * to waiting with its tries renewed, in one atomic step in Redis that refuses a job no longer
 * failed; a given-up outbox row is handed to the relay again under its own job id. Audited.
 */
@Injectable()
export class ReplayDeadLetterUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
    private readonly relay: OutboxRelay,
    private readonly options: DeadLettersOptions,
  ) {}

  async execute(
    id: string,
    principal: AuthenticatedPrincipal | undefined,
  ): Promise<DeadLetterReplayedDto> {
    const key = decodeDeadLetterId(id);
    const actor = principal?.subject ?? 'anonymous';
    const replayed = await this.dataSource.transaction(async (manager) => {
      const target =
        key.kind === 'job'
          ? { queue: this.appQueue(id, key.queue), jobId: key.jobId }
          : await this.outboxTarget(manager, id, key.rowId);
      const [recorded] = await sqlRows(
        manager,
        `INSERT INTO dead_letter_replays (id, kind, queue, job_id, actor)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [id, key.kind, target.queue, target.jobId, actor],
      );
      if (!recorded) throw alreadyReplayed(id);
      const before = await this.replay(manager, id, key);
      await recordAudit(manager, {
        actor,
        action: 'dead-letter.replay',
        subjectType: 'dead-letter',
        subjectId: id,
        before: { kind: key.kind, queue: target.queue, jobId: target.jobId, ...before },
        after: { state: 'waiting' },
      });
      return { id, queue: target.queue, jobId: target.jobId, replayedBy: actor };
    });
    if (key.kind === 'outbox') this.relay.publishNow();
    return replayed;
  }

  private async replay(
    manager: EntityManager,
    id: string,
    key: DeadLetterKey,
  ): Promise<Record<string, unknown>> {
    if (key.kind === 'outbox') {
      const [row] = await sqlRows<{ lastError: string | null }>(
        manager,
        `SELECT last_error AS "lastError" FROM outbox_messages
          WHERE id = $1 AND given_up_at = $2::timestamptz AND sent_at IS NULL
            FOR UPDATE`,
        [key.rowId, key.failedAt],
      );
      if (!row) throw alreadyReplayed(id);
      await manager.query(
        `UPDATE outbox_messages
            SET given_up_at = NULL, attempts = 0, available_at = now(), last_error = NULL
          WHERE id = $1`,
        [key.rowId],
      );
      return { reason: row.lastError };
    }
    const job = await this.queues.queue(key.queue as QueueName).getJob(key.jobId);
    if (!job) throw notFound(id);
    if (job.finishedOn !== key.failedAt || (await job.getState()) !== 'failed')
      throw alreadyReplayed(id);
    const reason = job.failedReason;
    try {
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    } catch {
      // moved on between the look and the move (retried elsewhere): no longer this dead letter
      throw alreadyReplayed(id);
    }
    return { reason, attempts: job.attemptsMade };
  }

  private appQueue(id: string, queue: string): QueueName {
    const found = this.options.queues.find((own) => own === queue);
    if (!found) throw notFound(id);
    return found;
  }

  private async outboxTarget(manager: EntityManager, id: string, rowId: string) {
    const [row] = await sqlRows<{ queue: string }>(
      manager,
      `SELECT queue FROM outbox_messages WHERE id = $1::uuid`,
      [rowId],
    );
    if (!row) throw notFound(id);
    return { queue: row.queue, jobId: rowId };
  }
}

function notFound(id: string): ReasonException {
  return new ReasonException('NOT_FOUND', `There is no dead letter ${id}.`);
}

function alreadyReplayed(id: string): ReasonException {
  return new ReasonException(
    'ALREADY_REPLAYED',
    `Dead letter ${id} was replayed already: its work is queued or done, and runs once.`,
  );
}
