import { Injectable } from '@nestjs/common';
import { WorldService } from '../world/world.service';
import type { PsaRecord } from './psa-record';
import type { PsaState } from './psa-state';
import { participationOf } from './time-entries';
import { StaffingChangeDto } from './dto/staffing-change.dto';
import { StaffingChangedDto } from './dto/staffing-changed.dto';
import { workspaceOfOpportunity } from './opportunity-workspaces';
import { PsaAdminErrorCode, PsaAdminException } from './psa-admin.exception';

/**
 * A resource manager's edit of a project's staffing: workers taken off (their participations
 * removed) and workers staffed (participations made). A worker staffed in a role the workspace
 * holds open fills it: the unnamed resource gives way to the participation, its dates by
 * default. Everything is checked first; one problem refuses the whole edit.
 */
@Injectable()
export class ChangeStaffingUseCase {
  constructor(private readonly worlds: WorldService) {}

  execute({ opportunity, remove = [], add = [] }: StaffingChangeDto): StaffingChangedDto {
    const state = this.worlds.current.psa;
    const workspace = workspaceOfOpportunity(state, opportunity);
    const users = new Map(
      [...state.records('users').values()].map((user) => [user.employee_number, user]),
    );
    const roles = new Map([...state.records('roles').values()].map((role) => [role.code, role]));
    const problems: string[] = [];
    if (remove.length === 0 && add.length === 0) problems.push('nothing to remove or add');
    const leaving = remove.map((worker, index) => {
      const participation = participationOf(state, workspace.id, users.get(worker)?.id);
      if (!participation) problems.push(`remove[${index}]: ${worker} is not staffed on it`);
      return participation;
    });
    const open = unnamedResourcesOf(state, workspace.id);
    const joining = add.map((addition, index) => {
      const user = users.get(addition.worker);
      const role = roles.get(addition.role);
      if (!user)
        problems.push(`add[${index}].worker: no PSA user has employee number ${addition.worker}`);
      if (!role) problems.push(`add[${index}].role: the PSA has no role ${addition.role}`);
      if (
        user &&
        participationOf(state, workspace.id, user.id) &&
        !remove.includes(addition.worker)
      )
        problems.push(`add[${index}].worker: ${addition.worker} is already staffed on it`);
      const filled = open.findIndex((resource) => resource.role_id === role?.id);
      return { addition, user, role, fills: filled < 0 ? undefined : open.splice(filled, 1)[0] };
    });
    if (problems.length > 0)
      throw new PsaAdminException(
        PsaAdminErrorCode.UNRESOLVED_STAFFING_CHANGE,
        `${problems.length} problem(s); the staffing was not changed.`,
        { errors: problems },
      );
    for (const participation of leaving) state.remove('participations', participation!);
    for (const { addition, user, role, fills } of joining) {
      state.insert('participations', {
        workspace_id: workspace.id,
        user_id: user!.id,
        role_id: role!.id,
        hours_per_week: addition.hoursPerWeek,
        start_date: addition.startDate ?? fills?.start_date ?? workspace.start_date ?? null,
        end_date: addition.endDate ?? fills?.end_date ?? workspace.due_date ?? null,
      });
      if (fills) state.remove('workspace_resources', fills);
    }
    return {
      workspaceId: String(workspace.id),
      removed: remove,
      added: add.map((addition) => addition.worker),
      filled: joining.flatMap(({ fills }) => (fills ? [String(fills.label)] : [])),
      open: open.length,
    };
  }
}

/** The workspace's open roles (unnamed resources), oldest first. */
function unnamedResourcesOf(state: PsaState, workspaceId: unknown): PsaRecord[] {
  return [...state.records('workspace_resources').values()]
    .filter((resource) => resource.workspace_id === workspaceId && !resource.user_id)
    .sort((a, b) => Number(a.id) - Number(b.id));
}
