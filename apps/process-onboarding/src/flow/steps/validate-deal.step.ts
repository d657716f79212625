import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import type { ExceptionOwnerGroup, OnboardingTerms } from '@p2c/persistence';
import { ReasonCode } from '@p2c/canonical';
import type { StepContext, StepHandler, StepResult } from '../step-handler';
import { StepFailure } from '../step-failure.exception';
import { StepName } from '../step-name';
import { dealLabel, dealTerms } from './deal-terms';
import { StaffingGaps } from './staffing-gaps';

interface Problem {
  reasonCode: ReasonCode;
  ownerGroup: ExceptionOwnerGroup;
  message: string;
}

/** Which reason names the exception when a deal has several kinds of problem. */
const PRECEDENCE = [ReasonCode.INVALID_DIMENSION, ReasonCode.RATE_MISSING];

/**
 * Reads the deal from the CRM and checks, before anything is written anywhere, that both systems
 * can take its project: the ERP its legal entity, cost centre, currency and class; the PSA its
 * rate card (in the deal's currency). Every problem found is listed in one exception. A planned
 * worker the HCM does not know, or no longer employs, is a staffing gap, not a problem
 * (StaffingGaps): the assignment is kept apart in the terms, to be held open in the PSA for
 * delivery to restaff.
 * The customer's partner, if the CRM names one, is recorded: its portal sees the project.
 */
@Injectable()
export class ValidateDealStep implements StepHandler {
  readonly name = StepName.ValidateDeal;

  constructor(
    @InjectApiClient('system-crm') private readonly crm: ApiClient<'system-crm'>,
    @InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>,
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    private readonly staffingGaps: StaffingGaps,
  ) {}

  async run({ onboarding }: StepContext): Promise<StepResult> {
    const deal = await absentOn404(
      unwrap(
        this.crm.GET('/opportunities/{id}', {
          params: { path: { id: onboarding.opportunityId } },
        }),
      ),
    );
    if (!deal)
      throw new StepFailure(
        ReasonCode.DEAL_NOT_WON,
        'finance-ops',
        `Deal ${onboarding.opportunityCrmId ?? onboarding.opportunityId} is no longer in the CRM.`,
      );
    const read = dealTerms(deal);
    const [terms, account] = await Promise.all([
      this.staffingGaps.withStaffingGaps(read),
      unwrap(this.crm.GET('/customers/{id}', { params: { path: { id: read.customer } } })),
    ]);
    const problems = (await Promise.all([this.dimensions(terms), this.rateCard(terms)])).flat();
    if (problems.length > 0) {
      const lead = PRECEDENCE.find((code) => problems.some((p) => p.reasonCode === code));
      const first = problems.find((problem) => problem.reasonCode === lead) ?? problems[0];
      throw new StepFailure(
        first.reasonCode,
        first.ownerGroup,
        `Deal ${dealLabel(deal)} cannot be set up: ${problems.map((p) => p.message).join(' ')} Fix this, then retry the onboarding.`,
        { problems },
      );
    }
    return {
      outcome: `Deal ${deal.crmId} checked: ${terms.legalEntity} / ${terms.costCenter} / ${terms.currency} / ${terms.billingModel}, rate card ${terms.rateCard}, ${terms.assignments.length} planned assignment(s), ${terms.openAssignments?.length ?? 0} to restaff.`,
      onboarding: {
        terms,
        customerId: terms.customer,
        partner: account.partner ?? null,
        opportunityCrmId: deal.crmId,
        opportunityName: deal.name,
      },
    };
  }

  private async dimensions(terms: OnboardingTerms): Promise<Problem[]> {
    const answer = await unwrap(
      this.erp.POST('/dimensions/validate', {
        body: {
          legalEntity: terms.legalEntity,
          costCenter: terms.costCenter,
          currency: terms.currency,
          class: terms.billingModel,
        },
      }),
    );
    return answer.problems.map((problem) => ({
      reasonCode: ReasonCode.INVALID_DIMENSION,
      ownerGroup: 'finance-ops',
      message: problem.message,
    }));
  }

  private async rateCard(terms: OnboardingTerms): Promise<Problem[]> {
    const card = await absentOn404(
      unwrap(this.psa.GET('/rate-cards/{code}', { params: { path: { code: terms.rateCard } } })),
    );
    if (!card)
      return [
        {
          reasonCode: ReasonCode.RATE_MISSING,
          ownerGroup: 'finance-ops',
          message: `Rate card ${terms.rateCard} does not exist in the PSA; add it there or correct the deal's rate card.`,
        },
      ];
    if (card.currency !== terms.currency)
      return [
        {
          reasonCode: ReasonCode.INVALID_DIMENSION,
          ownerGroup: 'finance-ops',
          message: `Rate card ${terms.rateCard} bills in ${card.currency}, the deal is in ${terms.currency}; choose a ${terms.currency} rate card.`,
        },
      ];
    return [];
  }
}
