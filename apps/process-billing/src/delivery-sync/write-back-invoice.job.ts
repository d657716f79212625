import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobData } from '@p2c/messaging';
import type { WriteBackInvoiceJobData } from './write-back-invoice-job-data';
import { WriteBackInvoiceUseCase, WriteBackOutcome } from './write-back-invoice.use-case';

/**
 * One write-back of an invoice to the PSA (queued through the outbox). A transient failure is
 * thrown so BullMQ retries it with backoff; the last attempt files it as an exception instead.
 */
@Injectable()
export class WriteBackInvoiceJob {
  constructor(private readonly writeBack: WriteBackInvoiceUseCase) {}

  process(job: Job<JobData<WriteBackInvoiceJobData>>): Promise<WriteBackOutcome> {
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.writeBack.execute(job.data.eventId, lastAttempt);
  }
}
