import { Injectable } from '@nestjs/common';
import { Money } from '@p2c/canonical';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import type { LedgerSystem } from '@p2c/persistence';
import type { LedgerHop, StepContext, StepHandler, StepResult } from '../step-handler';
import { ONBOARDING_FLOW, StepName } from '../step-name';
import { termsOf } from './onboarding-terms';

/** Activates the project on both sides (each idempotent) and records the deal's lineage to them. */
@Injectable()
export class ActivateProjectsStep implements StepHandler {
  readonly name = StepName.ActivateProjects;

  constructor(
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    @InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>,
  ) {}

  async run({ onboarding }: StepContext): Promise<StepResult> {
    const terms = termsOf(onboarding);
    const path = { params: { path: { id: onboarding.projectId } } };
    await unwrap(this.psa.POST('/projects/{id}/activate', path));
    const erpProject = await unwrap(this.erp.POST('/projects/{id}/activation', path));
    const psaId = onboarding.psaProjectId ?? onboarding.projectId;
    const hop = (targetSystem: LedgerSystem, targetId: string): LedgerHop => ({
      flow: ONBOARDING_FLOW,
      sourceSystem: 'crm',
      sourceType: 'opportunity',
      sourceId: onboarding.opportunityCrmId ?? onboarding.opportunityId,
      sourceVersion: terms.version,
      targetSystem,
      targetType: 'project',
      targetId,
      projectId: onboarding.projectId,
      legalEntity: terms.legalEntity,
      amountMinor: Money.of(terms.amount, terms.currency).toMinorNumber(),
      currency: terms.currency,
    });
    return {
      outcome: `Active in the PSA (${psaId}) and the ERP (${erpProject.erpId}).`,
      onboarding: { erpProjectId: erpProject.erpId },
      hops: [hop('psa', psaId), hop('erp', erpProject.erpId)],
    };
  }
}
