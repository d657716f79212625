import { Module } from '@nestjs/common';
import { ProjectTermsReader } from '../planning/project-terms';
import { BillingSchedules } from './billing-schedules';
import { BusinessEventJob } from './business-event.job';
import { MilestoneEventJob } from './milestone-event.job';

/** Fee, retainer and milestone schedules: from `ProjectActivated` and milestone completions. */
@Module({
  providers: [ProjectTermsReader, BillingSchedules, BusinessEventJob, MilestoneEventJob],
  exports: [BusinessEventJob, MilestoneEventJob],
})
export class SchedulesModule {}
