import type { AuditLogEntry, ExceptionCase, ExceptionNote } from '@p2c/persistence';
import type { ExceptionCaseDto } from './dto/exception-case.dto';
import { exceptionAuditView } from './exception-audit-view';
import { exceptionNoteView } from './exception-note-view';

/**
 * A case as the workbench answers it: the facts of its context (not the replay's job), its notes
 * and audit trail when given.
 */
export function exceptionCaseView(
  row: ExceptionCase,
  notes?: ExceptionNote[],
  audit?: AuditLogEntry[],
): ExceptionCaseDto {
  const { replay: _replay, ...facts } = row.context;
  return {
    id: row.id,
    flow: row.flow,
    step: row.step,
    reasonCode: row.reasonCode,
    message: row.message,
    ownerGroup: row.ownerGroup,
    status: row.status,
    assignee: row.assignee ?? undefined,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    attempts: row.attempts,
    slaDueAt: row.slaDueAt.toISOString(),
    correlationId: row.correlationId ?? undefined,
    facts,
    notes: notes?.map(exceptionNoteView),
    audit: audit?.map(exceptionAuditView),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString(),
    resolution: row.resolution ?? undefined,
  };
}
