import { Module } from '@nestjs/common';
import { DeadLettersController } from './dead-letters.controller';
import { ListWorkbenchExceptionsUseCase } from './list-workbench-exceptions.use-case';
import { ProcessWorkbenches } from './process-workbenches';
import { WorkExceptionUseCase } from './work-exception.use-case';
import { WorkbenchController } from './workbench.controller';
import { WorkbenchDeadLettersUseCase } from './workbench-dead-letters.use-case';
import { WorkbenchRetryBatchesUseCase } from './workbench-retry-batches.use-case';

/**
 * The exception workbench over every process app: their cases as one list, each case worked in
 * the app that holds it, bulk retries across the apps, and their dead letters with replay.
 */
@Module({
  controllers: [WorkbenchController, DeadLettersController],
  providers: [
    ProcessWorkbenches,
    ListWorkbenchExceptionsUseCase,
    WorkExceptionUseCase,
    WorkbenchRetryBatchesUseCase,
    WorkbenchDeadLettersUseCase,
  ],
})
export class WorkbenchModule {}
