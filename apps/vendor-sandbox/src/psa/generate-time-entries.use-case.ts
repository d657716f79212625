import { Injectable } from '@nestjs/common';
import { workdays } from '../common/dates';
import { WorldService } from '../world/world.service';
import type { PsaRecord } from './psa-record';
import { addTimeEntry } from './time-entries';
import { GenerateTimeEntriesDto } from './dto/generate-time-entries.dto';
import { GeneratedTimeEntriesDto } from './dto/generated-time-entries.dto';
import { workspaceOfOpportunity } from './opportunity-workspaces';
import { PsaAdminErrorCode, PsaAdminException } from './psa-admin.exception';

/** A guard against a typo in a date filling the memory: 2 million entries at most per call. */
export const MAX_GENERATED_ENTRIES = 2_000_000;
const WORKDAYS_PER_WEEK = 5;

interface Plan {
  participation: PsaRecord;
  workspace: PsaRecord;
  days: string[];
  minutes: number;
}

/**
 * Time for whole periods, for tests and benchmarks: every participation of a workspace (or of
 * all workspaces), every workday from `from` to `to` inside the participation's own dates, its
 * hours per week spread evenly over the five workdays.
 */
@Injectable()
export class GenerateTimeEntriesUseCase {
  constructor(private readonly worlds: WorldService) {}

  execute(request: GenerateTimeEntriesDto): GeneratedTimeEntriesDto {
    if (request.to < request.from)
      throw new PsaAdminException(
        PsaAdminErrorCode.INVALID_PERIOD,
        `to (${request.to}) is before from (${request.from})`,
      );
    const state = this.worlds.current.psa;
    const only = request.opportunity
      ? workspaceOfOpportunity(state, request.opportunity).id
      : undefined;
    const plans: Plan[] = [];
    for (const participation of state.records('participations').values()) {
      const workspace = state.find('workspaces', participation.workspace_id);
      if (!workspace || (only !== undefined && workspace.id !== only)) continue;
      const from = later(request.from, participation.start_date);
      const to = earlier(request.to, participation.end_date);
      const minutes = Math.round((Number(participation.hours_per_week) * 60) / WORKDAYS_PER_WEEK);
      if (from > to || minutes < 1) continue;
      plans.push({ participation, workspace, days: workdays(from, to), minutes });
    }
    const count = plans.reduce((sum, plan) => sum + plan.days.length, 0);
    if (count > MAX_GENERATED_ENTRIES)
      throw new PsaAdminException(
        PsaAdminErrorCode.TOO_MANY_ENTRIES,
        `The period would make ${count} entries; at most ${MAX_GENERATED_ENTRIES} a call.`,
      );
    const result: GeneratedTimeEntriesDto = { count, minutes: 0, firstId: null, lastId: null };
    for (const { participation, workspace, days, minutes } of plans)
      for (const date of days) {
        const { id } = addTimeEntry(state, {
          workspace,
          userId: String(participation.user_id),
          roleId: (participation.role_id as string | null) ?? null,
          date,
          minutes,
          billable: request.billable ?? true,
          notes: request.notes,
        });
        result.firstId ??= id;
        result.lastId = id;
        result.minutes += minutes;
      }
    return result;
  }
}

function later(date: string, other: unknown): string {
  return typeof other === 'string' && other > date ? other : date;
}

function earlier(date: string, other: unknown): string {
  return typeof other === 'string' && other < date ? other : date;
}
