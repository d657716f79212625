import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxRelay, QueueName, addToOutbox } from '@p2c/messaging';
import type { BillingRunStatus } from '@p2c/persistence';
import type { BillingRunJobData, BillingRunJobName } from './billing-run-job';
import { settleRun } from './finish-billing-run.use-case';
import { RunJobs } from './run-jobs';

/** A run to be moved on from where it stopped. */
export interface StoppedRun {
  id: string;
  status: BillingRunStatus;
}

/**
 * Moves a run on that no job moves on any more (the recovery sweep's and the workbench's
 * restart), in two halves around the caller's commit. Planning: its plan job once more, through
 * the outbox; planning is idempotent (a planned run only gets its flow again, under the same job
 * ids). Invoicing: each pending event's invoice job again under the id derived from the event's
 * (the invoice looks first in the ERP, so none is raised twice), then the run settles, which
 * also finishes a run whose events are all done but whose flow was lost.
 */
@Injectable()
export class RunRestart {
  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly jobs: RunJobs,
  ) {}

  /** In the transaction that records the restart. */
  async inTransaction(manager: EntityManager, run: StoppedRun): Promise<void> {
    if (run.status === 'planning')
      await addToOutbox<BillingRunJobData>(manager, {
        queue: QueueName.BillingRun,
        name: 'plan-run' satisfies BillingRunJobName,
        payload: { runId: run.id },
      });
  }

  /** Once that transaction is committed. */
  async afterCommit(run: StoppedRun): Promise<void> {
    if (run.status === 'planning') return this.relay.publishNow();
    for (const eventId of await this.jobs.pendingEvents(this.dataSource.manager, run.id))
      await this.jobs.requeueInvoice(run.id, eventId);
    await settleRun(this.dataSource.manager, run.id);
  }
}
