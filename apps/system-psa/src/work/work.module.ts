import { Module } from '@nestjs/common';
import { CheckpointsModule } from '../checkpoints/checkpoints.module';
import { PsaModule } from '../psa/psa.module';
import { ExpensesController } from './expenses.controller';
import { ReadWorkUseCase } from './read-work.use-case';
import { TimeEntriesController } from './time-entries.controller';
import { WorkMapper } from './work-mapper';

/** Time entries and expenses. */
@Module({
  imports: [CheckpointsModule, PsaModule],
  controllers: [TimeEntriesController, ExpensesController],
  providers: [ReadWorkUseCase, WorkMapper],
  exports: [WorkMapper],
})
export class WorkModule {}
