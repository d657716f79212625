import type { OnboardingTerms, ProvisionalDemand, ProvisionalProject } from '@p2c/persistence';
import { toStatusName } from './dto/provisional-project-status';
import type { ProvisionalProjectDto } from './dto/provisional-project.dto';
import { weeklyDemand } from './weekly-demand';

/**
 * A provisional project as the API answers it: its demand is what it holds now, and once
 * promoted, what its onboarding validated (the deal as won, with the same rule for open roles)
 * when it has.
 */
export function provisionalProjectView(
  row: ProvisionalProject,
  onboarded: OnboardingTerms | undefined,
): ProvisionalProjectDto {
  const plan: ProvisionalDemand =
    row.status === 'promoted' && onboarded
      ? { named: onboarded.assignments, open: onboarded.openAssignments ?? [] }
      : row.demand;
  return {
    project: row.projectId,
    opportunity: row.opportunityId,
    opportunityCrmId: row.opportunityCrmId,
    name: row.name,
    stage: row.stage,
    legalEntity: row.legalEntity,
    status: toStatusName(row.status),
    psaProjectId: row.psaProjectId,
    demand: { named: weeklyDemand(plan.named), unnamed: weeklyDemand(plan.open) },
    assignments: plan.named.map(({ worker, role, startDate, endDate, hoursPerWeek }) => ({
      worker,
      role,
      startDate,
      endDate,
      hoursPerWeek,
    })),
    openRoles: plan.open.map(
      ({ worker, role, startDate, endDate, hoursPerWeek, label, reason }) => ({
        worker,
        role,
        startDate,
        endDate,
        hoursPerWeek,
        label,
        reason,
      }),
    ),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.closedAt ? { closedAt: row.closedAt.toISOString() } : {}),
  };
}
