import { Module } from '@nestjs/common';
import { ExceptionCasesModule } from '@p2c/flow';
import { LegalEntities } from '../common/legal-entities';
import { BillingRunJob } from './billing-run.job';
import { BillingRunsController } from './billing-runs.controller';
import { FinishBillingRunUseCase } from './finish-billing-run.use-case';
import { GetBillingRunUseCase } from './get-billing-run.use-case';
import { PlanBillingRunUseCase } from '../planning/plan-billing-run.use-case';
import { ContractCapsReader } from '../planning/contract-caps';
import { ProjectTermsReader } from '../planning/project-terms';
import { StartBillingRunUseCase } from './start-billing-run.use-case';
import { UnbilledPostings } from '../planning/unbilled-postings';

/** Billing runs: the API, and planning and finishing a run's flow. */
@Module({
  imports: [ExceptionCasesModule],
  controllers: [BillingRunsController],
  providers: [
    LegalEntities,
    StartBillingRunUseCase,
    GetBillingRunUseCase,
    UnbilledPostings,
    ProjectTermsReader,
    ContractCapsReader,
    PlanBillingRunUseCase,
    FinishBillingRunUseCase,
    BillingRunJob,
  ],
  exports: [BillingRunJob],
})
export class BillingRunsModule {}
