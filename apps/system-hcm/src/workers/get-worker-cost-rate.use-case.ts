import { Injectable } from '@nestjs/common';
import { WorkerCostRateDto } from '@p2c/canonical';
import { GetWorkerUseCase } from './get-worker.use-case';
import { costRateOn } from './worker-snapshot';

/**
 * A worker's cost rate on a work date. No rate that day is an answer, not an error: 200 without
 * `costRate`, so a caller tells "unknown worker" (404) from "no rate" (RATE_MISSING) at once.
 */
@Injectable()
export class GetWorkerCostRateUseCase {
  constructor(private readonly workers: GetWorkerUseCase) {}

  async execute(id: string, date: string, fresh: boolean): Promise<WorkerCostRateDto> {
    const worker = await this.workers.execute(id, fresh);
    const costRate = costRateOn(worker, date);
    return { worker: worker.id, date, active: worker.active, ...(costRate ? { costRate } : {}) };
  }
}
