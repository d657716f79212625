import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import { FlowSettings } from '../flow/flow-settings';
import { OnboardingLauncher } from '../flow/onboarding-launcher';
import { consumeFeed } from './consume-feed';

export interface ClosedWonDetection {
  /** won deals read from the feed */
  read: number;
  /** onboardings started (the rest had theirs) */
  started: number;
}

/**
 * Starts an onboarding for every deal the CRM's closed-won feed carries since this consumer's
 * checkpoint. Reading a deal again (a repeated poll, a deal edited after it was won) starts
 * nothing new.
 */
@Injectable()
export class DetectClosedWonUseCase {
  constructor(
    @InjectApiClient('system-crm') private readonly crm: ApiClient<'system-crm'>,
    private readonly launcher: OnboardingLauncher,
    private readonly settings: FlowSettings,
  ) {}

  async execute(): Promise<ClosedWonDetection> {
    const consumer = this.settings.feedConsumer;
    let started = 0;
    const read = await consumeFeed({
      read: () =>
        unwrap(
          this.crm.GET('/opportunities/closed-won/changes', {
            params: { query: { consumer, limit: this.settings.feedPageSize } },
          }),
        ),
      handle: async (deals) => {
        const won = deals.filter((deal) => deal.isWon);
        const launched = await this.launcher.launch(
          won.map((deal) => ({ opportunityId: deal.id, crmId: deal.crmId, name: deal.name })),
          'detection',
        );
        started += launched.filter((one) => one.created).length;
      },
      save: (cursor) =>
        unwrap(
          this.crm.PUT('/checkpoints/{feed}/{consumer}', {
            params: { path: { feed: 'closed-won-opportunities', consumer } },
            body: { cursor },
          }),
        ).then(() => undefined),
    });
    return { read, started };
  }
}
