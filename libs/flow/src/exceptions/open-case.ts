import type { ExceptionStatus } from '@p2c/persistence';

/** An unresolved case as a by-id operation finds it. */
export interface OpenCase {
  id: string;
  status: Exclude<ExceptionStatus, 'resolved' | 'dismissed'>;
  reasonCode: string;
  assignee: string | null;
  context: Record<string, unknown>;
}
