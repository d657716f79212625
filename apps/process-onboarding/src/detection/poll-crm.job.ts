import { Injectable } from '@nestjs/common';
import { ChangeOrderDetection, DetectChangeOrdersUseCase } from './detect-change-orders.use-case';
import { ClosedWonDetection, DetectClosedWonUseCase } from './detect-closed-won.use-case';

/** The scheduled poll carries nothing: where to read from is the consumer's checkpoint. */
export type PollCrmJobData = Record<string, never>;

export interface PollCrmOutcome {
  closedWon: ClosedWonDetection;
  changeOrders: ChangeOrderDetection;
}

/** One poll of the CRM: won deals first, so a change order finds its deal's onboarding. */
@Injectable()
export class PollCrmJob {
  constructor(
    private readonly closedWon: DetectClosedWonUseCase,
    private readonly changeOrders: DetectChangeOrdersUseCase,
  ) {}

  readonly process = async (): Promise<PollCrmOutcome> => ({
    closedWon: await this.closedWon.execute(),
    changeOrders: await this.changeOrders.execute(),
  });
}
