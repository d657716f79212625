import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import { ChangeOrderIntake } from '../flow/change-order-intake';
import { FlowSettings } from '../flow/flow-settings';
import { consumeFeed } from './consume-feed';

export interface ChangeOrderDetection {
  read: number;
  /** change orders queued or waiting for their onboarding */
  taken: number;
}

/**
 * Takes every approved change order the CRM's feed carries since this consumer's checkpoint into
 * its deal's onboarding. A change order of a deal never onboarded is left alone: if the deal is
 * won later, its onboarding reads the terms as changed.
 */
@Injectable()
export class DetectChangeOrdersUseCase {
  constructor(
    @InjectApiClient('system-crm') private readonly crm: ApiClient<'system-crm'>,
    private readonly intake: ChangeOrderIntake,
    private readonly settings: FlowSettings,
  ) {}

  async execute(): Promise<ChangeOrderDetection> {
    const consumer = this.settings.feedConsumer;
    let taken = 0;
    const read = await consumeFeed({
      read: () =>
        unwrap(
          this.crm.GET('/change-orders/changes', {
            params: { query: { consumer, limit: this.settings.feedPageSize } },
          }),
        ),
      handle: async (orders) => {
        for (const order of orders) {
          if (order.status !== 'APPROVED' || !order.opportunity) continue;
          const result = await this.intake.record({
            id: order.id,
            opportunityId: order.opportunity,
            version: order.lastModifiedAt,
          });
          if (result === 'queued' || result === 'waiting') taken += 1;
        }
      },
      save: (cursor) =>
        unwrap(
          this.crm.PUT('/checkpoints/{feed}/{consumer}', {
            params: { path: { feed: 'change-orders', consumer } },
            body: { cursor },
          }),
        ).then(() => undefined),
    });
    return { read, taken };
  }
}
