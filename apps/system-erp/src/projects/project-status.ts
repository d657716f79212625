import type { ProjectStatus } from '@p2c/canonical';
import { ErpRecord, refOf } from '../erp/erp-record';

/** The ERP's job statuses (`entityStatus` ids) the gateway writes; "In Progress" takes time. */
export const ERP_JOB_STATUS: Record<Exclude<ProjectStatus, 'ON_HOLD'>, string> = {
  PROVISIONAL: '4', // Pending
  ACTIVE: '2', // In Progress
  CLOSED: '1', // Closed
};

const CANONICAL_STATUS: Record<string, ProjectStatus> = {
  '1': 'CLOSED',
  '2': 'ACTIVE',
  '3': 'CLOSED', // Not Awarded
  '4': 'PROVISIONAL',
  '5': 'PROVISIONAL', // Awarded, not started
};

/** A job's status in canonical terms; an inactive job is CLOSED whatever its status says. */
export function projectStatusOf(job: ErpRecord): ProjectStatus {
  if (job.isInactive === true) return 'CLOSED';
  return CANONICAL_STATUS[refOf(job.entityStatus)?.id ?? ''] ?? 'PROVISIONAL';
}
