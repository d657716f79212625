import type { ProjectStatus } from '@p2c/canonical';
import type { PsaWorkspaceStatus } from '../psa/psa-records';

const STATUS: Record<PsaWorkspaceStatus, ProjectStatus> = {
  estimate: 'PROVISIONAL',
  in_planning: 'PROVISIONAL',
  active: 'ACTIVE',
  on_hold: 'ON_HOLD',
  completed: 'CLOSED',
  cancelled: 'CLOSED',
};

export function projectStatusOf(status: PsaWorkspaceStatus): ProjectStatus {
  return STATUS[status] ?? 'PROVISIONAL';
}
