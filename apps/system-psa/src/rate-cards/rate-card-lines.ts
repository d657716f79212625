import { Money, PsaRateCardLineDto } from '@p2c/canonical';
import type { RateCardWithLines, RoleIndex } from '../psa/psa-directory';
import type { PsaRateCardRole } from '../psa/psa-records';

/** The line effective on `date` (`effective_to` inclusive, null open-ended); the latest start wins. */
export function effectiveLine(
  lines: PsaRateCardRole[],
  roleId: string,
  date: string,
): PsaRateCardRole | undefined {
  let best: PsaRateCardRole | undefined;
  for (const line of lines) {
    if (line.role_id !== roleId || line.effective_from > date) continue;
    if (line.effective_to !== null && line.effective_to < date) continue;
    if (!best || line.effective_from > best.effective_from) best = line;
  }
  return best;
}

export function lineOf(
  rateCard: RateCardWithLines,
  line: PsaRateCardRole,
  roles: RoleIndex,
): PsaRateCardLineDto {
  return {
    role: roles.byId.get(line.role_id ?? '')?.code ?? '',
    rate: Money.fromMinor(line.rate_in_cents, rateCard.card.currency).toJSON(),
    effectiveFrom: line.effective_from,
    effectiveTo: line.effective_to ?? undefined,
  };
}
