import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { ProcessRole, runsWorkers } from '@p2c/platform';
import type { WriteBackInvoiceJobData } from './write-back-invoice-job-data';
import { WriteBackInvoiceJob } from './write-back-invoice.job';
import type { WriteBackOutcome } from './write-back-invoice.use-case';

/** In the `worker` and `all` roles: the invoice-status worker, BILLING_PSA_CONCURRENCY at once. */
@Injectable()
export class DeliverySyncWorkers implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueFactory,
    private readonly writeBack: WriteBackInvoiceJob,
    @Inject(ConfigService) private readonly config: ConfigService,
  ) {}

  onApplicationBootstrap(): void {
    if (!runsWorkers(this.config.getOrThrow<ProcessRole>('PROCESS_ROLE'))) return;
    const lockDuration = this.config.getOrThrow<number>('BILLING_JOB_LOCK_MS');
    this.queues.worker<WriteBackInvoiceJobData, WriteBackOutcome>(
      QueueName.InvoiceStatus,
      (job) => this.writeBack.process(job),
      {
        concurrency: this.config.getOrThrow<number>('BILLING_PSA_CONCURRENCY'),
        lockDuration,
        stalledInterval: lockDuration,
      },
    );
  }
}
