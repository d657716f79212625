import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '@p2c/observability';
import type { Onboarding, OnboardingStep } from '@p2c/persistence';
import { FlowSettings } from './flow-settings';
import { ONBOARDING_FLOW } from './step-name';
import type { StepFailure } from './step-failure.exception';

/** The record an exception is about: the deal, or a change order of it. */
export interface ExceptionSubject {
  step: string;
  subjectType: 'opportunity' | 'change-order';
  subjectId: string;
}

const UNRESOLVED = `"status" NOT IN ('resolved', 'dismissed')`;

/**
 * The onboarding's rows in the shared `exceptions` table (the workbench's inbox): raised when a
 * step stops, marked `retrying` when it is resumed, resolved when it then succeeds. At most one
 * unresolved row per step and subject: raising again counts an attempt on it.
 */
@Injectable()
export class ExceptionRecorder {
  constructor(private readonly settings: FlowSettings) {}

  async raise(
    manager: EntityManager,
    subject: ExceptionSubject,
    failure: StepFailure,
    context: Record<string, unknown>,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO exceptions (flow, step, reason_code, message, owner_group, subject_type,
                               subject_id, correlation_id, sla_due_at, context)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + $9 * interval '1 hour', $10::jsonb)
       ON CONFLICT (flow, step, subject_type, subject_id) WHERE ${UNRESOLVED}
       DO UPDATE SET reason_code = EXCLUDED.reason_code,
                     message = EXCLUDED.message,
                     owner_group = EXCLUDED.owner_group,
                     correlation_id = EXCLUDED.correlation_id,
                     context = EXCLUDED.context,
                     attempts = exceptions.attempts + 1,
                     status = CASE WHEN exceptions.status = 'retrying' THEN 'open'
                                   ELSE exceptions.status END,
                     updated_at = now()
       RETURNING id`,
      [
        ONBOARDING_FLOW,
        subject.step,
        failure.reasonCode,
        failure.message,
        failure.ownerGroup,
        subject.subjectType,
        subject.subjectId,
        currentCorrelationId() ?? null,
        this.settings.slaHours,
        JSON.stringify({ ...context, ...failure.facts }),
      ],
    );
    return row.id;
  }

  /** The step was resumed: its exception waits for the outcome. */
  async retrying(manager: EntityManager, subject: ExceptionSubject): Promise<void> {
    await manager.query(
      `UPDATE exceptions SET status = 'retrying', updated_at = now()
        WHERE flow = $1 AND step = $2 AND subject_type = $3 AND subject_id = $4 AND ${UNRESOLVED}`,
      [ONBOARDING_FLOW, subject.step, subject.subjectType, subject.subjectId],
    );
  }

  /** The step succeeded: its exception, if any, is resolved. */
  async resolve(manager: EntityManager, subject: ExceptionSubject, resolution: string) {
    await manager.query(
      `UPDATE exceptions
          SET status = 'resolved', resolved_at = now(), resolution = $5, updated_at = now()
        WHERE flow = $1 AND step = $2 AND subject_type = $3 AND subject_id = $4 AND ${UNRESOLVED}`,
      [ONBOARDING_FLOW, subject.step, subject.subjectType, subject.subjectId, resolution],
    );
  }
}

/** Whom a step's exception is about: its change order, or else the onboarding's deal. */
export function exceptionSubjectOf(
  onboarding: Pick<Onboarding, 'opportunityId'>,
  step: Pick<OnboardingStep, 'name' | 'subject'>,
): ExceptionSubject {
  return step.subject
    ? { step: step.name, subjectType: 'change-order', subjectId: step.subject }
    : { step: step.name, subjectType: 'opportunity', subjectId: onboarding.opportunityId };
}
