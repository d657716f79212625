import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobData } from '@p2c/messaging';
import { BillingMetrics } from '../kpis/billing-metrics';
import type { InvoiceEventJobData } from './invoice-event-job-data';
import { InvoiceEventUseCase, InvoiceOutcome } from './invoice-event.use-case';

/**
 * One billing event's invoice, a child job of its run's flow. A transient failure is thrown so
 * BullMQ retries it with backoff; the last attempt records it as an exception instead, so every
 * child ends and its run finishes.
 */
@Injectable()
export class InvoiceEventJob {
  constructor(
    private readonly invoicing: InvoiceEventUseCase,
    private readonly metrics: BillingMetrics,
  ) {}

  async process(job: Job<JobData<InvoiceEventJobData>>): Promise<InvoiceOutcome> {
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const outcome = await this.invoicing.execute(job.data.eventId, lastAttempt);
    await this.metrics.invoiceTried(job.data.eventId, outcome);
    return outcome;
  }
}
