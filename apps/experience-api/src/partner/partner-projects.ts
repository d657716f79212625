import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, ProcessOnboardingApi, unwrap } from '@p2c/clients';

export type PartnerOnboarding = ProcessOnboardingApi.SchemaOnboardingSummaryDto;

/** process-onboarding's largest page. */
const PAGE = 200;

/** The projects of a partner's customers, as process-onboarding recorded them. */
@Injectable()
export class PartnerProjects {
  constructor(
    @InjectApiClient('process-onboarding')
    private readonly onboarding: ApiClient<'process-onboarding'>,
  ) {}

  /** Every one, newest first. */
  async all(partner: string): Promise<PartnerOnboarding[]> {
    const found: PartnerOnboarding[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await unwrap(
        this.onboarding.GET('/onboardings', {
          params: { query: { partner, limit: PAGE, offset } },
        }),
      );
      found.push(...page.items);
      if (page.items.length < PAGE) return found;
    }
  }

  /** The one with this id, if it is a project of the partner's customers. */
  async one(partner: string, project: string): Promise<PartnerOnboarding | undefined> {
    const page = await unwrap(
      this.onboarding.GET('/onboardings', { params: { query: { partner, project, limit: 1 } } }),
    );
    return page.items[0];
  }
}
