import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import type { JobData } from '@p2c/messaging';
import type { BillingRunJobData, BillingRunJobName } from './billing-run-job';
import { FinishBillingRunUseCase } from './finish-billing-run.use-case';
import { PlanBillingRunUseCase } from '../planning/plan-billing-run.use-case';

/** The billing-run queue's worker: `plan-run` (from the outbox) and `finish-run` (the flow's parent). */
@Injectable()
export class BillingRunJob {
  constructor(
    private readonly plan: PlanBillingRunUseCase,
    private readonly finish: FinishBillingRunUseCase,
  ) {}

  process(job: Job<JobData<BillingRunJobData>>): Promise<void> {
    switch (job.name as BillingRunJobName) {
      case 'plan-run':
        return this.plan.execute(job.data.runId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
      case 'finish-run':
        return this.finish.execute(job.data.runId);
      default:
        throw new UnrecoverableError(`no billing-run job ${job.name}`);
    }
  }
}
