import type { EntityManager } from 'typeorm';
import type { AuditLogEntry } from '@p2c/persistence';
import { sqlRows } from '../sql/sql-rows';

/** Every audited action on one subject (e.g. `exception`, a case id), oldest first. */
export function auditTrail(
  manager: EntityManager,
  subjectType: string,
  subjectId: string,
): Promise<AuditLogEntry[]> {
  return sqlRows<AuditLogEntry>(
    manager,
    `SELECT id, actor, action, subject_type AS "subjectType", subject_id AS "subjectId",
            correlation_id AS "correlationId", before, after, occurred_at AS "occurredAt"
       FROM audit_log WHERE subject_type = $1 AND subject_id = $2
      ORDER BY occurred_at, id`,
    [subjectType, subjectId],
  );
}
