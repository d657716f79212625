import { Module } from '@nestjs/common';
import { ExceptionCasesModule } from '@p2c/flow';
import { LegalEntities } from '../common/legal-entities';
import { LegalEntityTicks } from '../common/legal-entity-ticks';
import { GetReconciliationUseCase } from './get-reconciliation.use-case';
import { ListReconciliationsUseCase } from './list-reconciliations.use-case';
import { MismatchCases } from './mismatch-cases';
import { ReconciliationJob } from './reconciliation.job';
import { ReconciliationWorkers } from './reconciliation-workers';
import { ReconciliationsController } from './reconciliations.controller';
import { RunReconciliationUseCase } from './run-reconciliation.use-case';
import { ScheduleReconciliationsUseCase } from './schedule-reconciliations.use-case';
import { BilledWork } from './sources/billed-work';
import { ErpHoldings } from './sources/erp-holdings';
import { LedgerPostings } from './sources/ledger-postings';
import { PsaWork } from './sources/psa-work';
import { ReconciliationSources } from './sources/reconciliation-sources';
import { StartReconciliationUseCase } from './start-reconciliation.use-case';

/**
 * Reconciliation of a legal entity's period: the API, the worker that reads and compares every
 * side, the mismatch cases, and the nightly schedule per legal entity.
 */
@Module({
  imports: [ExceptionCasesModule],
  controllers: [ReconciliationsController],
  providers: [
    LegalEntities,
    LegalEntityTicks,
    StartReconciliationUseCase,
    ListReconciliationsUseCase,
    GetReconciliationUseCase,
    PsaWork,
    LedgerPostings,
    ErpHoldings,
    BilledWork,
    ReconciliationSources,
    MismatchCases,
    RunReconciliationUseCase,
    ScheduleReconciliationsUseCase,
    ReconciliationJob,
    ReconciliationWorkers,
  ],
})
export class ReconciliationModule {}
