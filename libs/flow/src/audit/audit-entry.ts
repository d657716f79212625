/** One mutating call, as the audit log keeps it. */
export interface AuditEntry {
  /** the caller's subject (a user, a partner, a service) */
  actor: string;
  /** e.g. `onboarding.start`, `exception.retry`, `exception.assign` */
  action: string;
  /** what was changed: `onboarding`, `exception`, … */
  subjectType: string;
  subjectId: string;
  before?: Record<string, unknown>;
  after: Record<string, unknown>;
}
