import { Module } from '@nestjs/common';
import { FlowModule } from '../flow/flow.module';
import { DetectChangeOrdersUseCase } from './detect-change-orders.use-case';
import { DetectClosedWonUseCase } from './detect-closed-won.use-case';
import { DetectProvisionalUseCase } from './detect-provisional.use-case';
import { DetectRestaffingUseCase } from './detect-restaffing.use-case';
import { DetectionWorkers } from './detection-workers';
import { PollCrmJob } from './poll-crm.job';

/**
 * Won deals and approved change orders, polled from the CRM's feeds on a schedule, and
 * late-stage and lost deals kept as provisional PSA projects; restaffed projects, looked for in the PSA on the same schedule.
 */
@Module({
  imports: [FlowModule],
  providers: [
    DetectClosedWonUseCase,
    DetectChangeOrdersUseCase,
    DetectRestaffingUseCase,
    DetectProvisionalUseCase,
    PollCrmJob,
    DetectionWorkers,
  ],
  exports: [DetectClosedWonUseCase, DetectChangeOrdersUseCase],
})
export class DetectionModule {}
