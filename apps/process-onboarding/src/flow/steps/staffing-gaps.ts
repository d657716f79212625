import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import type { OnboardingOpenAssignmentTerms, OnboardingTerms } from '@p2c/persistence';

/**
 * The one rule for a planned worker who cannot be staffed: a worker the HCM does not know, or no
 * longer employs, is a staffing gap, never a reason to stop. Their assignment is held apart as
 * an open role (role, dates and hours kept, labelled with why), for the PSA to hold as an unnamed
 * resource. Onboarding applies it when it validates a won deal, and so does a late-stage deal's
 * provisional project.
 */
@Injectable()
export class StaffingGaps {
  constructor(@InjectApiClient('system-hcm') private readonly hcm: ApiClient<'system-hcm'>) {}

  /** The terms with the assignments of workers the HCM does not know or employ held apart. */
  async withStaffingGaps(terms: OnboardingTerms): Promise<OnboardingTerms> {
    const planned = [...new Set(terms.assignments.map((a) => a.worker))];
    const workers = new Map(
      await Promise.all(
        planned.map(
          async (id) =>
            [
              id,
              await absentOn404(
                unwrap(this.hcm.GET('/workers/{id}', { params: { path: { id } } })),
              ),
            ] as const,
        ),
      ),
    );
    const open: OnboardingOpenAssignmentTerms[] = [];
    const staffable = terms.assignments.filter((assignment) => {
      const worker = workers.get(assignment.worker);
      if (worker?.active) return true;
      const reason = worker
        ? `${assignment.worker} (${worker.name}) is inactive in the HCM`
        : `${assignment.worker} is not in the HCM`;
      open.push({ ...assignment, label: `${assignment.role}, open: ${reason}`, reason });
      return false;
    });
    return { ...terms, assignments: staffable, openAssignments: open };
  }
}
