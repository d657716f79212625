import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '@p2c/observability';
import type { AuditEntry } from './audit-entry';

/** Appends a mutating call to the audit log, in the transaction of the change it made. */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (actor, action, subject_type, subject_id, correlation_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
    [
      entry.actor,
      entry.action,
      entry.subjectType,
      entry.subjectId,
      currentCorrelationId() ?? null,
      entry.before ? JSON.stringify(entry.before) : null,
      JSON.stringify(entry.after),
    ],
  );
}
