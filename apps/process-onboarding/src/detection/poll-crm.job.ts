import { Injectable } from '@nestjs/common';
import { ChangeOrderDetection, DetectChangeOrdersUseCase } from './detect-change-orders.use-case';
import { ClosedWonDetection, DetectClosedWonUseCase } from './detect-closed-won.use-case';
import { DetectRestaffingUseCase } from './detect-restaffing.use-case';

/** The scheduled poll carries nothing: where to read from is the consumer's checkpoint. */
export type PollCrmJobData = Record<string, never>;

export interface PollCrmOutcome {
  closedWon: ClosedWonDetection;
  changeOrders: ChangeOrderDetection;
  /** staffing gaps closed because their PSA projects were restaffed */
  restaffed: number;
}

/**
 * One poll of the CRM: won deals first, so a change order finds its deal's onboarding. The same
 * tick then looks in the PSA for projects restaffed since the last one.
 */
@Injectable()
export class PollCrmJob {
  constructor(
    private readonly closedWon: DetectClosedWonUseCase,
    private readonly changeOrders: DetectChangeOrdersUseCase,
    private readonly restaffing: DetectRestaffingUseCase,
  ) {}

  readonly process = async (): Promise<PollCrmOutcome> => ({
    closedWon: await this.closedWon.execute(),
    changeOrders: await this.changeOrders.execute(),
    restaffed: await this.restaffing.execute(),
  });
}
