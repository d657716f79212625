import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '@p2c/flow';
import { QueueFactory, QueueName } from '@p2c/messaging';
import type { BillingRunStatus } from '@p2c/persistence';
import type { InvoiceEventJobData } from '../invoicing/invoice-event-job-data';
import { invoiceJobOptions } from '../planning/plan-billing-run.use-case';
import { INVOICE_JOB, invoiceJobId } from './billing-flow';

/** What BullMQ keeps of a job that will not run again. */
const FINISHED = new Set(['completed', 'failed', 'unknown']);

/**
 * A run's jobs in Redis, found by the ids they were given: a job from the outbox has its row's
 * id (the run's planning jobs, an approved event's invoice), a flow's invoice job the id derived
 * from its event's.
 */
@Injectable()
export class RunJobs {
  constructor(
    private readonly queues: QueueFactory,
    private readonly config: ConfigService,
  ) {}

  /**
   * Whether a job that moves the run on from its status is still to run or running: planning's
   * plan jobs; invoicing's invoice jobs of its pending events. A job still in the outbox counts
   * (the relay enqueues it).
   */
  async anyAlive(
    manager: EntityManager,
    run: { id: string; status: BillingRunStatus },
  ): Promise<boolean> {
    const queue = run.status === 'planning' ? QueueName.BillingRun : QueueName.Invoicing;
    const queued = await sqlRows<{ id: string; sent: boolean }>(
      manager,
      `SELECT id, sent_at IS NOT NULL AS sent FROM outbox_messages
        WHERE queue = $1 AND payload->>'runId' = $2`,
      [queue, run.id],
    );
    if (queued.some((row) => !row.sent)) return true;
    const ids = queued.map((row) => row.id);
    if (run.status === 'invoicing')
      ids.push(...(await this.pendingEvents(manager, run.id)).map(invoiceJobId));
    for (const id of ids) if (await this.alive(queue, id)) return true;
    return false;
  }

  /** The run's events whose invoice is on its way (or should be). */
  async pendingEvents(manager: EntityManager, runId: string): Promise<string[]> {
    const rows = await sqlRows<{ id: string }>(
      manager,
      `SELECT id FROM billing_events WHERE run_id = $1 AND status = 'pending' ORDER BY id`,
      [runId],
    );
    return rows.map((row) => row.id);
  }

  /**
   * The event's invoice job once more, under its own id, unless that job is still to run or
   * running. BullMQ ignores an id it still holds, so a finished job of that id goes first; two
   * callers at once add it once.
   */
  async requeueInvoice(runId: string, eventId: string): Promise<void> {
    const queue = this.queues.queue(QueueName.Invoicing);
    const jobId = invoiceJobId(eventId);
    const job = await queue.getJob(jobId);
    if (job) {
      if (!FINISHED.has(await job.getState())) return;
      await job.remove();
    }
    await this.queues.enqueue<InvoiceEventJobData>(
      QueueName.Invoicing,
      INVOICE_JOB,
      { runId, eventId },
      { ...invoiceJobOptions(this.config), jobId },
    );
  }

  private async alive(queue: QueueName, jobId: string): Promise<boolean> {
    const job = await this.queues.queue(queue).getJob(jobId);
    return job !== undefined && !FINISHED.has(await job.getState());
  }
}
