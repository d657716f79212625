import { Module } from '@nestjs/common';
import { HcmWorkerSource } from '../hcm/hcm-worker-source';
import { GetWorkerCostRateUseCase } from './get-worker-cost-rate.use-case';
import { GetWorkerUseCase } from './get-worker.use-case';
import { ListWorkersUseCase } from './list-workers.use-case';
import { WorkerDirectory } from './worker-directory.service';
import { WorkersController } from './workers.controller';

@Module({
  controllers: [WorkersController],
  providers: [
    HcmWorkerSource,
    WorkerDirectory,
    ListWorkersUseCase,
    GetWorkerUseCase,
    GetWorkerCostRateUseCase,
  ],
})
export class WorkersModule {}
