import { Injectable } from '@nestjs/common';
import { Money, ReasonCode } from '@p2c/canonical';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import type { LedgerSystem, OnboardingTerms } from '@p2c/persistence';
import type { LedgerHop, StepContext, StepHandler, StepResult } from '../step-handler';
import { StepFailure } from '../step-failure.exception';
import { ONBOARDING_FLOW, StepName } from '../step-name';
import { milestoneTerms } from './deal-terms';
import { termsOf } from './onboarding-terms';
import { erpProjectBody, psaMilestones } from './project-bodies';

/**
 * Brings both projects to the deal's terms after an approved change order: amount, end date and
 * milestone set in the PSA, end date in the ERP (its job holds no amount or milestones). The terms
 * are read from the CRM when the step runs, so applying a change order again, or late, is safe.
 */
@Injectable()
export class ApplyChangeOrderStep implements StepHandler {
  readonly name = StepName.ApplyChangeOrder;

  constructor(
    @InjectApiClient('system-crm') private readonly crm: ApiClient<'system-crm'>,
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    @InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>,
  ) {}

  async run({ onboarding, step }: StepContext): Promise<StepResult> {
    const before = termsOf(onboarding);
    const order = await unwrap(
      this.crm.GET('/change-orders/{id}', { params: { path: { id: step.subject } } }),
    );
    const label = `Change order ${order.crmId}${order.name ? ` (${order.name})` : ''}`;
    if (order.status !== 'APPROVED')
      return {
        outcome: `${label} is ${order.status.toLowerCase()}, not approved: nothing changed.`,
      };
    const gaps = [...order.issues];
    if (order.amount && order.amount.currency !== before.currency)
      gaps.push(
        `The deal's amount is in ${order.amount.currency}, the project in ${before.currency}.`,
      );
    const after: OnboardingTerms = {
      ...before,
      version: order.lastModifiedAt,
      amount: order.amount?.amount ?? before.amount,
      endDate: order.endDate ?? before.endDate,
      milestones: milestoneTerms(order.milestones, before.currency, gaps),
    };
    if (gaps.length > 0)
      throw new StepFailure(
        ReasonCode.DEAL_INCOMPLETE,
        'finance-ops',
        `${label} cannot be applied until the deal is corrected in the CRM: ${gaps.join(' ')}`,
        { gaps },
      );
    const path = { params: { path: { id: onboarding.projectId } } };
    await unwrap(
      this.psa.PATCH('/projects/{id}', {
        ...path,
        body: {
          budget: { amount: after.amount, currency: after.currency },
          endDate: after.endDate,
          milestones: psaMilestones(after.milestones, after.currency),
        },
      }),
    );
    const erpProject = await unwrap(
      this.erp.PUT('/projects/{id}', { ...path, body: erpProjectBody(after) }),
    );
    const hop = (targetSystem: LedgerSystem, targetId: string): LedgerHop => ({
      flow: ONBOARDING_FLOW,
      sourceSystem: 'crm',
      sourceType: 'change-order',
      sourceId: order.crmId,
      sourceVersion: order.lastModifiedAt,
      targetSystem,
      targetType: 'project',
      targetId,
      projectId: onboarding.projectId,
      legalEntity: after.legalEntity,
      amountMinor: Money.of(after.amount, after.currency).toMinorNumber(),
      currency: after.currency,
    });
    return {
      outcome: `${label} applied: amount ${before.amount} → ${after.amount} ${after.currency}, end date ${before.endDate} → ${after.endDate}, ${after.milestones.length} milestone(s).`,
      onboarding: { terms: after },
      hops: [
        hop('psa', onboarding.psaProjectId ?? onboarding.projectId),
        hop('erp', erpProject.erpId),
      ],
    };
  }
}
