import { Money, MoneyJson, divideRounded, isWithin, workdaysBetween } from '@p2c/canonical';
import type { OnboardingAssignmentTerms } from '@p2c/persistence';

/** A worker's cost rates as the HCM gives them (effective-dated, both ends inclusive). */
export interface PlanCostRate {
  rate: MoneyJson;
  effectiveFrom: string;
  effectiveTo?: string;
}

/** Planned minutes, those without a cost, and the planned cost in minor units per currency. */
export interface PlannedWork {
  minutes: bigint;
  unpricedMinutes: bigint;
  costMinor: Map<string, bigint>;
}

/** The minutes an assignment plans on each weekday it runs: `hoursPerWeek ÷ 5` hours. */
export function minutesPerWorkday(assignment: Pick<OnboardingAssignmentTerms, 'hoursPerWeek'>) {
  return BigInt(Math.round(assignment.hoursPerWeek * 12));
}

/**
 * A plan's hours and cost by the planned-hours convention: `hoursPerWeek ÷ 5` on each weekday
 * from an assignment's start to its end date, each day at the worker's cost rate effective that
 * day, rounded half away from zero to the minor unit per day as a posting of that day would be.
 * `ratesOf` answers undefined for a worker with no rates (an open role): its days are unpriced.
 */
export function plannedWork(
  assignments: readonly OnboardingAssignmentTerms[],
  ratesOf: (worker: string) => readonly PlanCostRate[] | undefined,
): PlannedWork {
  const work: PlannedWork = { minutes: 0n, unpricedMinutes: 0n, costMinor: new Map() };
  for (const assignment of assignments) {
    const perDay = minutesPerWorkday(assignment);
    const rates = ratesOf(assignment.worker) ?? [];
    for (const day of workdaysBetween(assignment.startDate, assignment.endDate)) {
      work.minutes += perDay;
      const rate = rates.find((r) => isWithin(day, r.effectiveFrom, r.effectiveTo));
      if (!rate) {
        work.unpricedMinutes += perDay;
        continue;
      }
      const hourly = Money.fromJson(rate.rate);
      const cost = divideRounded(hourly.minor * perDay, 60n);
      work.costMinor.set(hourly.currency, (work.costMinor.get(hourly.currency) ?? 0n) + cost);
    }
  }
  return work;
}
