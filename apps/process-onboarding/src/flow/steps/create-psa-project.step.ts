import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import type { StepContext, StepHandler, StepResult } from '../step-handler';
import { StepName } from '../step-name';
import { termsOf } from './onboarding-terms';
import { psaProjectBody } from './project-bodies';
import { staffingGap } from './staffing-gap';

/**
 * Sets the project up in the PSA with its rate card, milestones and planned assignments, and the
 * roles whose planned workers cannot be staffed held open; those become one exception for
 * delivery to restaff, and the flow goes on. The PSA system API finds what an earlier run made
 * (even one whose answer was lost) and completes it, so a provisional project set up while the
 * deal was in negotiation is the one promoted.
 */
@Injectable()
export class CreatePsaProjectStep implements StepHandler {
  readonly name = StepName.CreatePsaProject;

  constructor(@InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>) {}

  async run({ onboarding }: StepContext): Promise<StepResult> {
    const terms = termsOf(onboarding);
    const project = await unwrap(
      this.psa.POST('/projects', {
        body: psaProjectBody(
          onboarding.projectId,
          onboarding.opportunityCrmId ?? onboarding.opportunityId,
          terms,
        ),
      }),
    );
    return {
      outcome: `PSA project ${project.psaId} set up with rate card ${project.rateCard ?? terms.rateCard}, ${project.milestones.length} milestone(s), ${project.assignments.length} assignment(s) and ${project.openAssignments.length} open role(s).`,
      onboarding: { psaProjectId: project.psaId },
      staffingGap: staffingGap(onboarding, terms),
    };
  }
}
