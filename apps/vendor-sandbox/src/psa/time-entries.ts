import type { IsoDate } from '../scenario/scenario.types';
import type { PsaRecord } from './psa-record';
import type { PsaState } from './psa-state';
import { billRateInCents, costRateInCents } from './rates';

export interface NewTimeEntry {
  workspace: PsaRecord;
  userId: string;
  roleId: string | null;
  storyId?: string | null;
  date: IsoDate;
  minutes: number;
  billable: boolean;
  notes?: string | null;
}

/** Logs time as the vendor does: priced from the workspace's rate card and the user's cost rate. */
export function addTimeEntry(state: PsaState, entry: NewTimeEntry): PsaRecord & { id: string } {
  return state.insert('time_entries', {
    workspace_id: entry.workspace.id,
    user_id: entry.userId,
    story_id: entry.storyId ?? null,
    role_id: entry.roleId,
    date_performed: entry.date,
    time_in_minutes: entry.minutes,
    billable: entry.billable,
    notes: entry.notes ?? null,
    ...prices(state, entry.workspace, entry.userId, entry.roleId, entry.date),
    approved: false,
    invoice_id: null,
  });
}

/** The rates an entry carries, recomputed whenever its workspace, user, role or day changes. */
export function prices(
  state: PsaState,
  workspace: PsaRecord,
  userId: unknown,
  roleId: unknown,
  date: IsoDate,
) {
  return {
    rate_in_cents: billRateInCents(state, workspace, roleId, date),
    cost_rate_in_cents: costRateInCents(state, userId, date),
    currency: workspace.currency ?? null,
  };
}

/** The user's participation (assignment) on a workspace, if they are staffed on it. */
export function participationOf(
  state: PsaState,
  workspaceId: unknown,
  userId: unknown,
): PsaRecord | undefined {
  for (const participation of state.records('participations').values())
    if (participation.workspace_id === workspaceId && participation.user_id === userId)
      return participation;
  return undefined;
}

/** An entry's changes plus the rates for its (possibly new) workspace, role and day. */
export function repriced(state: PsaState, entry: PsaRecord, changes: PsaRecord): PsaRecord {
  const merged = { ...entry, ...changes };
  const workspace = state.find('workspaces', merged.workspace_id) ?? {};
  return {
    ...changes,
    ...prices(state, workspace, merged.user_id, merged.role_id, String(merged.date_performed)),
  };
}
