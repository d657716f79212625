import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '@p2c/observability';

export interface AuditEntry {
  /** the caller's subject */
  actor: string;
  /** e.g. `onboarding.start`, `onboarding.retry` */
  action: string;
  subjectId: string;
  before?: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Appends a mutating call to the audit log, in the transaction of the change it made. */
export async function audit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (actor, action, subject_type, subject_id, correlation_id, before, after)
     VALUES ($1, $2, 'onboarding', $3, $4, $5::jsonb, $6::jsonb)`,
    [
      entry.actor,
      entry.action,
      entry.subjectId,
      currentCorrelationId() ?? null,
      entry.before ? JSON.stringify(entry.before) : null,
      JSON.stringify(entry.after),
    ],
  );
}
