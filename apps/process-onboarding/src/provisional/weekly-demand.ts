import { formatRatio, isoWeekOf, workdaysBetween } from '@p2c/canonical';
import type { OnboardingAssignmentTerms } from '@p2c/persistence';
import { minutesPerWorkday } from '../kpis/planned-work';

/** The hours a plan asks of one role in one ISO week. */
export interface RoleWeek {
  role: string;
  /** ISO week, `YYYY-Www` */
  week: string;
  /** decimal hours, two places */
  hours: string;
}

/**
 * A plan's demand by role and ISO week, by the planned-hours convention: `hoursPerWeek ÷ 5` on
 * each weekday from an assignment's start to its end date, summed over the assignments of a role
 * in each week, counted in whole minutes so no sum drifts. Ordered by role, then week.
 */
export function weeklyDemand(assignments: readonly OnboardingAssignmentTerms[]): RoleWeek[] {
  const minutes = new Map<string, Map<string, bigint>>();
  for (const assignment of assignments) {
    const perDay = minutesPerWorkday(assignment);
    const weeks = minutes.get(assignment.role) ?? new Map<string, bigint>();
    minutes.set(assignment.role, weeks);
    for (const day of workdaysBetween(assignment.startDate, assignment.endDate)) {
      const week = isoWeekOf(day);
      weeks.set(week, (weeks.get(week) ?? 0n) + perDay);
    }
  }
  return [...minutes]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([role, weeks]) =>
      [...weeks]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([week, total]) => ({ role, week, hours: formatRatio(total, 60n, 2) })),
    );
}
