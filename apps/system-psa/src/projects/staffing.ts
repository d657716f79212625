import { Injectable } from '@nestjs/common';
import { PsaAssignmentDto, PsaOpenAssignmentDto } from '@p2c/canonical';
import { CreateOnce } from '../psa/create-once';
import { PsaApi } from '../psa/psa-api';
import { PsaDirectory } from '../psa/psa-directory';
import type { PsaParticipation, PsaWorkspace, PsaWorkspaceResource } from '../psa/psa-records';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';

/** An assignment with the PSA user and role it stands for. */
export interface ResolvedAssignment {
  assignment: PsaAssignmentDto;
  userId: string;
  roleId: string;
}

/** A role held open, with the PSA role it stands for. */
export interface ResolvedOpenRole {
  open: PsaOpenAssignmentDto;
  roleId: string;
}

/** A project's staffing as the PSA will hold it: participations and open roles. */
export interface ResolvedStaffing {
  named: ResolvedAssignment[];
  open: ResolvedOpenRole[];
}

/**
 * Planned assignments as PSA participations, and roles held open as unnamed resources. A
 * participation is unique per workspace and user in the PSA, so that pair is the key; an
 * unnamed resource's key is its label on the workspace. Either is looked up before it is made.
 */
@Injectable()
export class Staffing {
  constructor(
    private readonly api: PsaApi,
    private readonly directory: PsaDirectory,
    private readonly createOnce: CreateOnce,
  ) {}

  /** The PSA user and role of every assignment and open role; refuses the lot if any is unknown. */
  async resolve(
    assignments: PsaAssignmentDto[],
    openAssignments: PsaOpenAssignmentDto[] = [],
  ): Promise<ResolvedStaffing> {
    const users = await this.directory.usersByEmployeeNumber(assignments.map((a) => a.worker));
    const planned = [...assignments, ...openAssignments];
    const roles = await this.directory.roleIndex(planned.map((a) => a.role));
    const unmapped = assignments.filter((a) => !users.get(a.worker)).map((a) => a.worker);
    if (unmapped.length > 0)
      throw new SystemPsaException(
        SystemPsaErrorCode.WORKER_UNMAPPED,
        `No PSA user has employee number ${unmapped.join(', ')}; add them to the PSA, then retry.`,
        { workers: unmapped },
      );
    const unknownRoles = [...new Set(planned.map((a) => a.role))].filter(
      (role) => !roles.byCode.has(role),
    );
    if (unknownRoles.length > 0)
      throw new SystemPsaException(
        SystemPsaErrorCode.UNKNOWN_ROLE,
        `The PSA has no role ${unknownRoles.join(', ')}.`,
        { roles: unknownRoles },
      );
    return {
      named: assignments.map((assignment) => ({
        assignment,
        userId: users.get(assignment.worker)!.id,
        roleId: roles.byCode.get(assignment.role)!.id,
      })),
      open: openAssignments.map((open) => ({ open, roleId: roles.byCode.get(open.role)!.id })),
    };
  }

  async apply(workspace: PsaWorkspace, staffing: ResolvedStaffing): Promise<void> {
    await this.applyNamed(workspace, staffing.named);
    await this.applyOpen(workspace, staffing.open);
  }

  private async applyNamed(workspace: PsaWorkspace, assignments: ResolvedAssignment[]) {
    const existing = new Map(
      (await this.api.all<PsaParticipation>('participations', { workspace_id: workspace.id })).map(
        (participation) => [participation.user_id, participation],
      ),
    );
    for (const resolved of assignments) {
      const fields = plannedFields(resolved.assignment, resolved.roleId);
      const known = existing.get(resolved.userId);
      if (known) {
        if (!holds(known, fields))
          await this.api.update('participations', 'participation', known.id, fields);
        continue;
      }
      const { record } = await this.createOnce.run(
        async () => {
          const [found] = await this.api.all<PsaParticipation>('participations', {
            workspace_id: workspace.id,
            user_id: resolved.userId,
          });
          return found;
        },
        () =>
          this.api.create<PsaParticipation>('participations', 'participation', {
            workspace_id: workspace.id,
            user_id: resolved.userId,
            ...fields,
          }),
        true,
      );
      if (!holds(record, fields))
        await this.api.update('participations', 'participation', record.id, fields);
    }
  }

  /** Roles held open: one unnamed resource per label, made once, kept to the plan. */
  private async applyOpen(workspace: PsaWorkspace, open: ResolvedOpenRole[]): Promise<void> {
    if (open.length === 0) return;
    const unnamedOf = async () =>
      (
        await this.api.all<PsaWorkspaceResource>('workspace_resources', {
          workspace_id: workspace.id,
        })
      ).filter((resource) => !resource.user_id);
    const existing = new Map((await unnamedOf()).map((resource) => [resource.label, resource]));
    for (const role of open) {
      const fields = plannedFields(role.open, role.roleId);
      const known = existing.get(role.open.label);
      if (known) {
        if (!holds(known, fields))
          await this.api.update('workspace_resources', 'workspace_resource', known.id, fields);
        continue;
      }
      await this.createOnce.run(
        async () => (await unnamedOf()).find((resource) => resource.label === role.open.label),
        () =>
          this.api.create<PsaWorkspaceResource>('workspace_resources', 'workspace_resource', {
            workspace_id: workspace.id,
            label: role.open.label,
            ...fields,
          }),
        true,
      );
    }
  }
}

/** The PSA fields of a planned role, staffed or open. */
function plannedFields(
  plan: Pick<PsaAssignmentDto, 'hoursPerWeek' | 'startDate' | 'endDate'>,
  roleId: string,
) {
  return {
    role_id: roleId,
    hours_per_week: plan.hoursPerWeek,
    start_date: plan.startDate,
    end_date: plan.endDate,
  };
}

/** Whether the PSA record already has every field as planned. */
function holds(record: object, fields: Record<string, unknown>): boolean {
  return Object.entries(fields).every(
    ([key, value]) => (record as Record<string, unknown>)[key] === value,
  );
}
