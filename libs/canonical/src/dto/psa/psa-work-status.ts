import type { TimeEntryStatus } from '@p2c/canonical';

/**
 * What the PSA says about time or an expense: APPROVED, or SUBMITTED (not approved — including
 * an approval withdrawn later, which shows as a new version that is no longer APPROVED).
 */
export type PsaWorkStatus = Extract<TimeEntryStatus, 'APPROVED' | 'SUBMITTED'>;

export const PSA_WORK_STATUSES: readonly PsaWorkStatus[] = ['APPROVED', 'SUBMITTED'];
