import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import type { JobData } from '@p2c/messaging';
import { tickOf } from '../common/legal-entity-schedules';
import type { BillingRunJobData, BillingRunJobName } from './billing-run-job';
import { FinishBillingRunUseCase } from './finish-billing-run.use-case';
import { PlanBillingRunUseCase } from '../planning/plan-billing-run.use-case';
import { RecoverStuckRunsUseCase } from './recover-stuck-runs.use-case';
import { ScheduleBillingRunUseCase } from './schedule-billing-run.use-case';

/**
 * The billing-run queue's worker: `plan-run` (from the outbox), `finish-run` (the flow's
 * parent), `schedule-run` (a legal entity's tick) and `recover-runs` (the recovery sweep).
 */
@Injectable()
export class BillingRunJob {
  constructor(
    private readonly plan: PlanBillingRunUseCase,
    private readonly finish: FinishBillingRunUseCase,
    private readonly schedule: ScheduleBillingRunUseCase,
    private readonly recovery: RecoverStuckRunsUseCase,
  ) {}

  async process(job: Job<JobData<BillingRunJobData>>): Promise<void> {
    const data = job.data;
    switch (job.name as BillingRunJobName) {
      case 'plan-run':
        if ('runId' in data)
          return this.plan.execute(data.runId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
        break;
      case 'finish-run':
        if ('runId' in data) return this.finish.execute(data.runId);
        break;
      case 'schedule-run':
        // the tick's own time: a retried tick starts the same month's run, once
        if ('legalEntity' in data) {
          await this.schedule.execute(data.legalEntity, tickOf(job));
          return;
        }
        break;
      case 'recover-runs':
        await this.recovery.execute();
        return;
    }
    throw new UnrecoverableError(`no billing-run job ${job.name} with ${JSON.stringify(data)}`);
  }
}
