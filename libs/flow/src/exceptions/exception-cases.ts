import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { REASON_CATALOGUE } from '@p2c/canonical';
import { currentCorrelationId } from '@p2c/observability';
import type { ExceptionNote } from '@p2c/persistence';
import { recordAudit } from '../audit/record-audit';
import { sqlRows } from '../sql/sql-rows';
import type { CaseProblem } from './case-problem';
import type { CaseSubject } from './case-subject';
import type { OpenCase } from './open-case';

const UNRESOLVED = `status NOT IN ('resolved', 'dismissed')`;
const OPEN_CASE = `id, status, reason_code AS "reasonCode", assignee, context`;

/*
 * The one status rule. Raising a case while one is unresolved for the same subject updates that
 * row (the partial unique index): it counts an attempt, takes the new reason, message, owner and
 * context, goes back to `assigned` if someone has it (else `open`) — also from `retrying`, as the
 * replay failed again — and keeps its SLA due time while the reason is unchanged (a new reason
 * starts the new reason's SLA).
 */
const RAISE = `
  INSERT INTO exceptions (flow, step, reason_code, message, owner_group, subject_type, subject_id,
                          correlation_id, sla_due_at, context)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + $9 * interval '1 hour', $10::jsonb)
  ON CONFLICT (flow, step, subject_type, subject_id) WHERE ${UNRESOLVED}
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

const BY_SUBJECT = `flow = $1 AND step = $2 AND subject_type = $3 AND subject_id = $4 AND ${UNRESOLVED}`;

/**
 * The exception cases of every flow (the workbench's inbox), in the caller's transaction: raised
 * when a step cannot succeed on its own, with owner group and SLA from the reason catalogue;
 * `retrying` while a replay runs; resolved when the step then succeeds. People assign, note,
 * dismiss and resolve them by hand; those changes are audited.
 */
@Injectable()
export class ExceptionCases {
  async raise(manager: EntityManager, subject: CaseSubject, problem: CaseProblem): Promise<string> {
    const reason = REASON_CATALOGUE[problem.reason];
    const [row] = await sqlRows<{ id: string }>(manager, RAISE, [
      subject.flow,
      subject.step,
      problem.reason,
      problem.message,
      problem.owner ?? reason.owner,
      subject.subjectType,
      subject.subjectId,
      currentCorrelationId() ?? null,
      reason.slaHours,
      JSON.stringify(problem.context ?? {}),
    ]);
    return row.id;
  }

  /** A replay of the subject's step was started: its case waits for the outcome. */
  async retrying(manager: EntityManager, subject: CaseSubject): Promise<number> {
    const rows = await sqlRows(
      manager,
      `UPDATE exceptions SET status = 'retrying', updated_at = now() WHERE ${BY_SUBJECT}
       RETURNING id`,
      subjectParameters(subject),
    );
    return rows.length;
  }

  /** As `retrying`, for one case by id; undefined when it is not unresolved. */
  async retryingCase(manager: EntityManager, id: string): Promise<OpenCase | undefined> {
    const [row] = await sqlRows<OpenCase>(
      manager,
      `UPDATE exceptions SET status = 'retrying', updated_at = now()
        WHERE id = $1 AND ${UNRESOLVED}
       RETURNING ${OPEN_CASE}`,
      [id],
    );
    return row;
  }

  /** The subject's step succeeded: whatever is unresolved for it is resolved. Answers how many. */
  resolve(manager: EntityManager, subject: CaseSubject, resolution: string): Promise<number> {
    return this.resolveAll(manager, [{ subject, resolution }]);
  }

  /** resolve for many subjects in one statement, each with its own resolution. */
  async resolveAll(
    manager: EntityManager,
    resolved: readonly { subject: CaseSubject; resolution: string }[],
  ): Promise<number> {
    if (resolved.length === 0) return 0;
    const rows = await sqlRows(
      manager,
      `UPDATE exceptions
          SET status = 'resolved', resolution = x.resolution, resolved_at = now(),
              updated_at = now()
         FROM jsonb_to_recordset($1::jsonb)
           AS x(flow text, step text, subject_type text, subject_id text, resolution text)
        WHERE exceptions.flow = x.flow AND exceptions.step = x.step
          AND exceptions.subject_type = x.subject_type AND exceptions.subject_id = x.subject_id
          AND ${UNRESOLVED}
       RETURNING exceptions.id`,
      [
        JSON.stringify(
          resolved.map(({ subject, resolution }) => ({
            flow: subject.flow,
            step: subject.step,
            subject_type: subject.subjectType,
            subject_id: subject.subjectId,
            resolution,
          })),
        ),
      ],
    );
    return rows.length;
  }

  /** The unresolved case with that id, locked for the caller's transaction. */
  async findOpen(manager: EntityManager, id: string, flow?: string): Promise<OpenCase | undefined> {
    const [row] = await sqlRows<OpenCase>(
      manager,
      `SELECT ${OPEN_CASE} FROM exceptions
        WHERE id = $1 AND ($2::text IS NULL OR flow = $2) AND ${UNRESOLVED}
        FOR UPDATE`,
      [id, flow ?? null],
    );
    return row;
  }

  /** Gives the case to a person (`assigned`, or still `retrying`); undefined when it is not unresolved. */
  async assign(
    manager: EntityManager,
    id: string,
    assignee: string,
    actor: string,
  ): Promise<OpenCase | undefined> {
    const before = await this.findOpen(manager, id);
    if (!before) return undefined;
    const [after] = await sqlRows<OpenCase>(
      manager,
      `UPDATE exceptions
          SET assignee = $2,
              status = CASE WHEN status = 'retrying' THEN status ELSE 'assigned' END,
              updated_at = now()
        WHERE id = $1
       RETURNING ${OPEN_CASE}`,
      [id, assignee],
    );
    await recordAudit(manager, {
      actor,
      action: 'exception.assign',
      subjectType: 'exception',
      subjectId: id,
      before: { status: before.status, assignee: before.assignee },
      after: { status: after.status, assignee },
    });
    return after;
  }

  /** Keeps what a person wrote on the case (resolved ones too); undefined when there is no case. */
  async note(
    manager: EntityManager,
    id: string,
    author: string,
    body: string,
  ): Promise<ExceptionNote | undefined> {
    const [note] = await sqlRows<ExceptionNote>(
      manager,
      `INSERT INTO exception_notes (exception_id, author, body, created_at)
       SELECT id, $2, $3, clock_timestamp() FROM exceptions WHERE id = $1
       RETURNING id, exception_id AS "exceptionId", author, body, created_at AS "createdAt"`,
      [id, author, body],
    );
    if (!note) return undefined;
    await recordAudit(manager, {
      actor: author,
      action: 'exception.note',
      subjectType: 'exception',
      subjectId: id,
      after: { note: note.id },
    });
    return note;
  }

  /** The notes on a case, oldest first. */
  notes(manager: EntityManager, id: string): Promise<ExceptionNote[]> {
    return sqlRows<ExceptionNote>(
      manager,
      `SELECT id, exception_id AS "exceptionId", author, body, created_at AS "createdAt"
         FROM exception_notes WHERE exception_id = $1 ORDER BY created_at, id`,
      [id],
    );
  }

  /**
   * Closes the case without the step succeeding (nothing is to be done, or it was done by hand);
   * undefined when it is not unresolved.
   */
  dismiss(
    manager: EntityManager,
    id: string,
    resolution: string,
    actor: string,
  ): Promise<OpenCase | undefined> {
    return this.close(manager, id, 'dismissed', resolution, actor);
  }

  /**
   * A person put right outside the gateway what the step could not do (e.g. booked the hours in
   * the ERP by hand): the case is resolved with what they did; undefined when it is not unresolved.
   */
  resolveCase(
    manager: EntityManager,
    id: string,
    resolution: string,
    actor: string,
  ): Promise<OpenCase | undefined> {
    return this.close(manager, id, 'resolved', resolution, actor);
  }

  private async close(
    manager: EntityManager,
    id: string,
    status: 'resolved' | 'dismissed',
    resolution: string,
    actor: string,
  ): Promise<OpenCase | undefined> {
    const before = await this.findOpen(manager, id);
    if (!before) return undefined;
    await manager.query(
      `UPDATE exceptions
          SET status = $2, resolution = $3, resolved_at = now(), updated_at = now()
        WHERE id = $1`,
      [id, status, resolution],
    );
    await recordAudit(manager, {
      actor,
      action: status === 'resolved' ? 'exception.resolve' : 'exception.dismiss',
      subjectType: 'exception',
      subjectId: id,
      before: { status: before.status, reasonCode: before.reasonCode },
      after: { status, resolution },
    });
    return before;
  }
}

function subjectParameters(subject: CaseSubject): string[] {
  return [subject.flow, subject.step, subject.subjectType, subject.subjectId];
}
