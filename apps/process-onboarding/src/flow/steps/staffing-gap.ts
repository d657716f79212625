import type { Onboarding, OnboardingTerms } from '@p2c/persistence';
import { ReasonCode } from '@p2c/canonical';
import { StepFailure } from '../step-failure.exception';
import { dealLabel } from './deal-terms';

/**
 * The exception that asks delivery to restaff a project set up with roles held open: each
 * planned worker, why they cannot be staffed, the role and its plan, and what to do. Undefined
 * when every planned worker was staffed.
 */
export function staffingGap(
  onboarding: Pick<Onboarding, 'opportunityId' | 'opportunityCrmId' | 'projectId'>,
  terms: Pick<OnboardingTerms, 'name' | 'openAssignments'>,
): StepFailure | undefined {
  const open = terms.openAssignments ?? [];
  if (open.length === 0) return undefined;
  const deal = dealLabel({
    crmId: onboarding.opportunityCrmId ?? onboarding.opportunityId,
    name: terms.name,
  });
  const roles = open.map(
    (role) =>
      `${role.reason}, so the ${role.role} role it was planned for (${role.hoursPerWeek} h/week, ` +
      `${role.startDate} to ${role.endDate}) is held open as "${role.label}".`,
  );
  return new StepFailure(
    ReasonCode.WORKER_INACTIVE,
    'delivery',
    `Deal ${deal} is set up without ${open.length} of its planned worker(s): ${roles.join(' ')} ` +
      `Staff an active worker in each open role on PSA project ${onboarding.projectId}; ` +
      `this closes by itself once the PSA project is restaffed.`,
    {
      openRoles: open.map(({ label, worker, role }) => ({ label, worker, role })),
    },
  );
}
