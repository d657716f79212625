import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import type { JobData } from '@p2c/messaging';
import { tickOf } from '../common/legal-entity-schedules';
import type { ReconciliationJobData, ReconciliationJobName } from './reconciliation-job';
import { RunReconciliationUseCase } from './run-reconciliation.use-case';
import { ScheduleReconciliationsUseCase } from './schedule-reconciliations.use-case';

/** The reconciliation queue's worker: `reconcile` (from the outbox) and `schedule` (a tick). */
@Injectable()
export class ReconciliationJob {
  constructor(
    private readonly run: RunReconciliationUseCase,
    private readonly schedule: ScheduleReconciliationsUseCase,
  ) {}

  async process(job: Job<JobData<ReconciliationJobData>>): Promise<void> {
    const data = job.data;
    switch (job.name as ReconciliationJobName) {
      case 'reconcile':
        if ('reconciliationId' in data)
          return this.run.execute(
            data.reconciliationId,
            job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
          );
        break;
      case 'schedule':
        // the tick's own time (a retried tick reconciles the same months, once)
        if ('legalEntity' in data) {
          await this.schedule.execute(data.legalEntity, tickOf(job));
          return;
        }
        break;
    }
    throw new UnrecoverableError(`no reconciliation job ${job.name} with ${JSON.stringify(data)}`);
  }
}
