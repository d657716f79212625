import { Injectable } from '@nestjs/common';
import { ApiClient, ApiProblemError, InjectApiClient, unwrap } from '@p2c/clients';
import { OnboardingLauncher } from '../flow/onboarding-launcher';
import type { OnboardingDto } from './dto/onboarding.dto';
import { GetOnboardingUseCase } from './get-onboarding.use-case';
import {
  ProcessOnboardingErrorCode,
  ProcessOnboardingException,
} from './process-onboarding.exception';

/**
 * Starts the onboarding of a won deal on request (the deal's own, if it has one already: a deal
 * is onboarded once). The deal is read from the CRM first, so a typo or a deal not yet won is
 * refused at once rather than becoming an exception.
 */
@Injectable()
export class StartOnboardingUseCase {
  constructor(
    @InjectApiClient('system-crm') private readonly crm: ApiClient<'system-crm'>,
    private readonly launcher: OnboardingLauncher,
    private readonly getOnboarding: GetOnboardingUseCase,
  ) {}

  async execute(opportunity: string, requestedBy: string): Promise<OnboardingDto> {
    const deal = await this.readDeal(opportunity);
    if (!deal.isWon)
      throw new ProcessOnboardingException(
        ProcessOnboardingErrorCode.OPPORTUNITY_NOT_WON,
        `Deal ${deal.crmId} (${deal.name}) is at stage "${deal.stage}"; it can be onboarded once it is closed won.`,
      );
    const [launched] = await this.launcher.launch(
      [{ opportunityId: deal.id, crmId: deal.crmId, name: deal.name }],
      'request',
      requestedBy,
    );
    return this.getOnboarding.execute(launched.onboarding.id);
  }

  private async readDeal(opportunity: string) {
    try {
      return await unwrap(
        opportunity.startsWith('opp_')
          ? this.crm.GET('/opportunities/{id}', { params: { path: { id: opportunity } } })
          : this.crm.GET('/opportunities/crm/{crmId}', {
              params: { path: { crmId: opportunity } },
            }),
      );
    } catch (error) {
      if (!(error instanceof ApiProblemError)) throw error;
      if (error.status === 404)
        throw new ProcessOnboardingException(
          ProcessOnboardingErrorCode.OPPORTUNITY_NOT_FOUND,
          `The CRM has no opportunity ${opportunity}.`,
        );
      throw new ProcessOnboardingException(
        ProcessOnboardingErrorCode.VENDOR_UNAVAILABLE,
        `The deal could not be read from the CRM just now (${error.code}); try again shortly.`,
        {},
        { 'retry-after': String(error.retryAfter ?? 5) },
      );
    }
  }
}
