import type { ExceptionStatus } from '@p2c/persistence';

/** Where a case can stand, in the order it usually moves; the last two close it. */
export const EXCEPTION_STATUSES = [
  'open',
  'assigned',
  'retrying',
  'resolved',
  'dismissed',
] as const satisfies readonly ExceptionStatus[];
