import { Injectable } from '@nestjs/common';
import { ChangeOrderDetection, DetectChangeOrdersUseCase } from './detect-change-orders.use-case';
import { ClosedWonDetection, DetectClosedWonUseCase } from './detect-closed-won.use-case';
import { ProvisionalDetection, DetectProvisionalUseCase } from './detect-provisional.use-case';
import { DetectRestaffingUseCase } from './detect-restaffing.use-case';

/** The scheduled poll carries nothing: where to read from is the consumer's checkpoint. */
export type PollCrmJobData = Record<string, never>;

export interface PollCrmOutcome {
  closedWon: ClosedWonDetection;
  changeOrders: ChangeOrderDetection;
  provisional: ProvisionalDetection;
  /** staffing gaps closed because their PSA projects were restaffed */
  restaffed: number;
}

/**
 * One poll of the CRM: won deals first, so a change order finds its deal's onboarding and a
 * provisional project is never set up beside a deal's onboarding; then late-stage and lost deals
 * for the provisional projects. The same tick then looks in the PSA for projects restaffed since the last one.
 */
@Injectable()
export class PollCrmJob {
  constructor(
    private readonly closedWon: DetectClosedWonUseCase,
    private readonly changeOrders: DetectChangeOrdersUseCase,
    private readonly restaffing: DetectRestaffingUseCase,
    private readonly provisional: DetectProvisionalUseCase,
  ) {}

  readonly process = async (): Promise<PollCrmOutcome> => ({
    closedWon: await this.closedWon.execute(),
    changeOrders: await this.changeOrders.execute(),
    provisional: await this.provisional.execute(),
    restaffed: await this.restaffing.execute(),
  });
}
