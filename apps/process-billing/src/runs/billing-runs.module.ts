import { Module } from '@nestjs/common';
import { ExceptionCasesModule } from '@p2c/flow';
import { OutboxModule } from '@p2c/messaging';
import { LegalEntities } from '../common/legal-entities';
import { LegalEntityTicks } from '../common/legal-entity-ticks';
import { BillingRunJob } from './billing-run.job';
import { BillingRunSchedules } from './billing-run-schedules';
import { BillingRunsController } from './billing-runs.controller';
import { FinishBillingRunUseCase } from './finish-billing-run.use-case';
import { GetBillingRunUseCase } from './get-billing-run.use-case';
import { PlanBillingRunUseCase } from '../planning/plan-billing-run.use-case';
import { ContractCapsReader } from '../planning/contract-caps';
import { ProjectTermsReader } from '../planning/project-terms';
import { RecoverStuckRunsUseCase } from './recover-stuck-runs.use-case';
import { RunJobs } from './run-jobs';
import { RunRecoveryMetrics } from './run-recovery-metrics';
import { RunRestart } from './run-restart';
import { ScheduleBillingRunUseCase } from './schedule-billing-run.use-case';
import { StartBillingRunUseCase } from './start-billing-run.use-case';
import { UnbilledPostings } from '../planning/unbilled-postings';

/**
 * Billing runs: the API, planning and finishing a run's flow, the monthly schedule per legal
 * entity, and the sweep that recovers stuck runs.
 */
@Module({
  imports: [ExceptionCasesModule, OutboxModule],
  controllers: [BillingRunsController],
  providers: [
    LegalEntities,
    LegalEntityTicks,
    StartBillingRunUseCase,
    ScheduleBillingRunUseCase,
    GetBillingRunUseCase,
    UnbilledPostings,
    ProjectTermsReader,
    ContractCapsReader,
    PlanBillingRunUseCase,
    FinishBillingRunUseCase,
    RunJobs,
    RunRestart,
    RunRecoveryMetrics,
    RecoverStuckRunsUseCase,
    BillingRunJob,
    BillingRunSchedules,
  ],
  exports: [BillingRunJob, RunJobs, RunRestart],
})
export class BillingRunsModule {}
