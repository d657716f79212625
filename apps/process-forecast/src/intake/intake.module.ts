import { Module } from '@nestjs/common';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { BusinessEventJob } from './business-event.job';
import { ForecastIntakeJob } from './forecast-intake.job';
import { PollStaffingFeedUseCase } from './poll-staffing-feed.use-case';
import { StaffingEventJob } from './staffing-event.job';

/** What starts a recomputation: activations, staffing changes (webhook and feed), the nightly tick. */
@Module({
  imports: [ForecastsModule],
  providers: [BusinessEventJob, StaffingEventJob, PollStaffingFeedUseCase, ForecastIntakeJob],
  exports: [BusinessEventJob, StaffingEventJob, ForecastIntakeJob],
})
export class IntakeModule {}
