import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { QueueName } from '@p2c/messaging';
import { currentCorrelationId } from '@p2c/observability';
import type { TimePostingKind } from '@p2c/persistence';
import { sqlRows } from '../common/sql-rows';
import { TIME_REASONS, TimeReasonCode } from './reason-codes';

export const TIME_FLOW = 'time-posting';
/** One step for the whole posting of an entry: at most one open exception per entry. */
export const POSTING_STEP = 'post';
export const POST_ENTRY_JOB = 'post-entry';

export interface PostingSubject {
  postingId: string;
  kind: TimePostingKind;
  sourceSystem: string;
  sourceId: string;
}

export function subjectTypeOf(subject: Pick<PostingSubject, 'kind' | 'sourceSystem'>): string {
  return `${subject.sourceSystem}.${subject.kind === 'TIME' ? 'time_entry' : 'expense'}`;
}

// A raise while one is unresolved for the entry updates that row (the partial unique index).
const RAISE = `
  INSERT INTO exceptions (flow, step, reason_code, message, owner_group, subject_type, subject_id,
                          correlation_id, sla_due_at, context)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + $9 * interval '1 hour', $10::jsonb)
  ON CONFLICT (flow, step, subject_type, subject_id) WHERE status NOT IN ('resolved', 'dismissed')
  DO UPDATE SET reason_code = EXCLUDED.reason_code,
                message = EXCLUDED.message,
                owner_group = EXCLUDED.owner_group,
                status = CASE WHEN exceptions.assignee IS NULL THEN 'open' ELSE 'assigned' END,
                correlation_id = EXCLUDED.correlation_id,
                sla_due_at = CASE WHEN exceptions.reason_code = EXCLUDED.reason_code
                                  THEN exceptions.sla_due_at ELSE EXCLUDED.sla_due_at END,
                context = EXCLUDED.context,
                attempts = exceptions.attempts + 1,
                updated_at = now()
  RETURNING id`;

const RESOLVE = `
  UPDATE exceptions
     SET status = 'resolved', resolution = $4, resolved_at = now(), updated_at = now()
   WHERE flow = $1 AND step = $5 AND subject_type = $2 AND subject_id = $3
     AND status NOT IN ('resolved', 'dismissed')
  RETURNING id`;

/** The exception rows of the time-posting flow: raised with an actionable message, resolved on success. */
@Injectable()
export class TimeExceptions {
  async raise(
    manager: EntityManager,
    subject: PostingSubject,
    reason: TimeReasonCode,
    message: string,
    facts: Record<string, unknown> = {},
  ): Promise<string> {
    const { owner, slaHours } = TIME_REASONS[reason];
    const context = {
      ...facts,
      postingId: subject.postingId,
      replay: {
        queue: QueueName.TimePosting,
        name: POST_ENTRY_JOB,
        payload: { postingId: subject.postingId },
      },
    };
    const [row] = await sqlRows<{ id: string }>(manager, RAISE, [
      TIME_FLOW,
      POSTING_STEP,
      reason,
      message,
      owner,
      subjectTypeOf(subject),
      subject.sourceId,
      currentCorrelationId() ?? null,
      slaHours,
      JSON.stringify(context),
    ]);
    return row.id;
  }

  /** Resolves whatever is open for the entry; returns how many were. */
  async resolve(
    manager: EntityManager,
    subject: PostingSubject,
    resolution: string,
  ): Promise<number> {
    const rows = await sqlRows(manager, RESOLVE, [
      TIME_FLOW,
      subjectTypeOf(subject),
      subject.sourceId,
      resolution,
      POSTING_STEP,
    ]);
    return rows.length;
  }
}
