import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import type { StepContext, StepHandler, StepResult } from '../step-handler';
import { StepName } from '../step-name';
import { termsOf } from './onboarding-terms';
import { erpProjectBody } from './project-bodies';

/** Creates the ERP job with its dimensions, under the customer's record (upsert by canonical id). */
@Injectable()
export class CreateErpProjectStep implements StepHandler {
  readonly name = StepName.CreateErpProject;

  constructor(@InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>) {}

  async run({ onboarding }: StepContext): Promise<StepResult> {
    const project = await unwrap(
      this.erp.PUT('/projects/{id}', {
        params: { path: { id: onboarding.projectId } },
        body: erpProjectBody(termsOf(onboarding)),
      }),
    );
    return {
      outcome: `ERP project ${project.erpId} set up in ${project.legalEntity} / ${project.costCenter ?? '-'} / ${project.class ?? '-'}.`,
      onboarding: { erpProjectId: project.erpId },
    };
  }
}
