import { Injectable } from '@nestjs/common';
import { WorldService } from '../world/world.service';
import type { PsaRecord } from './psa-record';
import type { PsaState } from './psa-state';
import { addTimeEntry, participationOf } from './time-entries';
import { RecordTimeEntriesDto } from './dto/record-time-entries.dto';
import { opportunityProblem, workspacesOfOpportunity } from './opportunity-workspaces';
import { PsaAdminErrorCode, PsaAdminException } from './psa-admin.exception';

interface Resolved {
  workspace: PsaRecord;
  user: PsaRecord;
  participation: PsaRecord;
  minutes: number;
}

/**
 * Logs time as the people on a project would: by CRM opportunity and HCM employee number, which
 * resolve to the workspace the gateway created and the staffed PSA user (with their role). All
 * entries are checked first; one that does not resolve refuses the whole call.
 */
@Injectable()
export class RecordTimeEntriesUseCase {
  constructor(private readonly worlds: WorldService) {}

  execute({ entries }: RecordTimeEntriesDto): string[] {
    const state = this.worlds.current.psa;
    const workspaces = new Map<string, PsaRecord[]>();
    const users = usersByEmployeeNumber(state);
    const problems: string[] = [];
    const resolved = entries.map((entry, index): Resolved | undefined => {
      const at = `entries[${index}]`;
      let candidates = workspaces.get(entry.opportunity);
      if (!candidates) {
        candidates = workspacesOfOpportunity(state, entry.opportunity);
        workspaces.set(entry.opportunity, candidates);
      }
      const unresolved = opportunityProblem(candidates, entry.opportunity);
      const user = users.get(entry.worker);
      const minutes = Math.round(entry.hours * 60);
      if (unresolved) problems.push(`${at}.opportunity: ${unresolved}`);
      if (!user) problems.push(`${at}.worker: no PSA user has employee number ${entry.worker}`);
      if (minutes < 1) problems.push(`${at}.hours: less than a minute`);
      if (unresolved || !user) return undefined;
      const participation = participationOf(state, candidates[0].id, user.id);
      if (!participation) {
        problems.push(
          `${at}.worker: ${entry.worker} is not staffed on the workspace of ${entry.opportunity}`,
        );
        return undefined;
      }
      return { workspace: candidates[0], user, participation, minutes };
    });
    if (problems.length > 0)
      throw new PsaAdminException(
        PsaAdminErrorCode.UNRESOLVED_TIME_ENTRIES,
        `${problems.length} problem(s); no time entry was created.`,
        { errors: problems },
      );
    return resolved.map((target, index) => {
      const entry = entries[index];
      return addTimeEntry(state, {
        workspace: target!.workspace,
        userId: String(target!.user.id),
        roleId: (target!.participation.role_id as string | null) ?? null,
        date: entry.date,
        minutes: target!.minutes,
        billable: entry.billable,
        notes: entry.notes,
      }).id;
    });
  }
}

function usersByEmployeeNumber(state: PsaState): Map<unknown, PsaRecord> {
  return new Map([...state.records('users').values()].map((user) => [user.employee_number, user]));
}
