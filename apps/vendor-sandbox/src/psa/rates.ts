import type { IsoDate } from '../scenario/scenario.types';
import type { PsaRecord } from './psa-record';
import type { PsaState } from './psa-state';

/** The bill rate of a role on a workspace's rate card on a day; null when the card has none. */
export function billRateInCents(
  state: PsaState,
  workspace: PsaRecord,
  roleId: unknown,
  date: IsoDate,
): number | null {
  if (!workspace.rate_card_id || !roleId) return null;
  return effective(
    state.records('rate_card_roles').values(),
    date,
    (line) => line.rate_card_id === workspace.rate_card_id && line.role_id === roleId,
  );
}

/** A user's loaded cost per hour on a day; null when none is effective then. */
export function costRateInCents(state: PsaState, userId: unknown, date: IsoDate): number | null {
  return effective(state.records('cost_rates').values(), date, (rate) => rate.user_id === userId);
}

/** The rate of the latest line effective on `date` (`effective_to` inclusive, null open-ended). */
function effective(
  lines: Iterable<PsaRecord>,
  date: IsoDate,
  applies: (line: PsaRecord) => boolean,
): number | null {
  let best: PsaRecord | undefined;
  for (const line of lines) {
    if (!applies(line)) continue;
    const from = String(line.effective_from);
    const to = line.effective_to ? String(line.effective_to) : undefined;
    if (from > date || (to !== undefined && to < date)) continue;
    if (!best || from > String(best.effective_from)) best = line;
  }
  return best ? Number(best.rate_in_cents) : null;
}
