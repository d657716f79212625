import type { AuditLogEntry } from '@p2c/persistence';
import type { ExceptionAuditEntryDto } from './dto/exception-audit-entry.dto';

export function exceptionAuditView(entry: AuditLogEntry): ExceptionAuditEntryDto {
  return {
    actor: entry.actor,
    action: entry.action,
    at: entry.occurredAt.toISOString(),
    before: entry.before ?? undefined,
    after: entry.after ?? undefined,
    correlationId: entry.correlationId ?? undefined,
  };
}
