/** The exceptions table's columns under the ExceptionCase entity's names, for raw reads. */
export const CASE_COLUMNS = `id, flow, step, reason_code AS "reasonCode", message,
  owner_group AS "ownerGroup", status, assignee, subject_type AS "subjectType",
  subject_id AS "subjectId", correlation_id AS "correlationId", sla_due_at AS "slaDueAt",
  attempts, context, resolution, created_at AS "createdAt", updated_at AS "updatedAt",
  resolved_at AS "resolvedAt"`;
