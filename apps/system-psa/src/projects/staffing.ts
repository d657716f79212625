import { Injectable } from '@nestjs/common';
import { PsaAssignmentDto } from '@p2c/canonical';
import { CreateOnce } from '../psa/create-once';
import { PsaApi } from '../psa/psa-api';
import { PsaDirectory } from '../psa/psa-directory';
import type { PsaParticipation, PsaWorkspace } from '../psa/psa-records';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';

/** An assignment with the PSA user and role it stands for. */
export interface ResolvedAssignment {
  assignment: PsaAssignmentDto;
  userId: string;
  roleId: string;
}

/**
 * Planned assignments as PSA participations. A participation is unique per workspace and user
 * in the PSA, so that pair is the key: looked up before a participation is made.
 */
@Injectable()
export class Staffing {
  constructor(
    private readonly api: PsaApi,
    private readonly directory: PsaDirectory,
    private readonly createOnce: CreateOnce,
  ) {}

  /** The PSA user and role of every assignment; refuses the lot if any is unknown. */
  async resolve(assignments: PsaAssignmentDto[]): Promise<ResolvedAssignment[]> {
    const users = await this.directory.usersByEmployeeNumber(assignments.map((a) => a.worker));
    const roles = await this.directory.roleIndex(assignments.map((a) => a.role));
    const unmapped = assignments.filter((a) => !users.get(a.worker)).map((a) => a.worker);
    if (unmapped.length > 0)
      throw new SystemPsaException(
        SystemPsaErrorCode.WORKER_UNMAPPED,
        `No PSA user has employee number ${unmapped.join(', ')}; add them to the PSA, then retry.`,
        { workers: unmapped },
      );
    const unknownRoles = [...new Set(assignments.map((a) => a.role))].filter(
      (role) => !roles.byCode.has(role),
    );
    if (unknownRoles.length > 0)
      throw new SystemPsaException(
        SystemPsaErrorCode.UNKNOWN_ROLE,
        `The PSA has no role ${unknownRoles.join(', ')}.`,
        { roles: unknownRoles },
      );
    return assignments.map((assignment) => ({
      assignment,
      userId: users.get(assignment.worker)!.id,
      roleId: roles.byCode.get(assignment.role)!.id,
    }));
  }

  async apply(workspace: PsaWorkspace, assignments: ResolvedAssignment[]): Promise<void> {
    const existing = new Map(
      (await this.api.all<PsaParticipation>('participations', { workspace_id: workspace.id })).map(
        (participation) => [participation.user_id, participation],
      ),
    );
    for (const resolved of assignments) {
      const fields = participationFields(resolved);
      const known = existing.get(resolved.userId);
      if (known) {
        if (!sameParticipation(known, fields))
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
      if (!sameParticipation(record, fields))
        await this.api.update('participations', 'participation', record.id, fields);
    }
  }
}

function participationFields({ assignment, roleId }: ResolvedAssignment) {
  return {
    role_id: roleId,
    hours_per_week: assignment.hoursPerWeek,
    start_date: assignment.startDate,
    end_date: assignment.endDate,
  };
}

function sameParticipation(
  participation: PsaParticipation,
  fields: ReturnType<typeof participationFields>,
): boolean {
  return (
    participation.role_id === fields.role_id &&
    participation.hours_per_week === fields.hours_per_week &&
    participation.start_date === fields.start_date &&
    participation.end_date === fields.end_date
  );
}
