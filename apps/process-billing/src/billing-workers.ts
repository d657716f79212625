import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { BusinessEvent } from '@p2c/canonical';
import { OutboxRelay, PsaEventJobData, QueueFactory, QueueName } from '@p2c/messaging';
import { ProcessRole, runsWorkers } from '@p2c/platform';
import { InvoiceEventJob } from './invoicing/invoice-event.job';
import type { InvoiceEventJobData } from './invoicing/invoice-event-job-data';
import type { InvoiceOutcome } from './invoicing/invoice-event.use-case';
import { BillingRunJob } from './runs/billing-run.job';
import type { BillingRunJobData } from './runs/billing-run-job';
import { BusinessEventJob } from './schedules/business-event.job';
import { MilestoneEventJob } from './schedules/milestone-event.job';

/**
 * In the `worker` and `all` roles: the billing-run worker (plans runs, finishes them, and takes
 * the schedule's ticks and the recovery sweep's passes: see BillingRunSchedules), the
 * invoicing worker (one child job per billing event, BILLING_INVOICE_CONCURRENCY at once), the
 * schedule workers (`ProjectActivated` on business-events, milestone completions from the PSA)
 * and the outbox relay that enqueues a run's planning job once the run is committed. Everything
 * stops with the app (QueueFactory and OutboxRelay close themselves on shutdown).
 */
@Injectable()
export class BillingWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger(BillingWorkers.name);

  constructor(
    private readonly queues: QueueFactory,
    private readonly relay: OutboxRelay,
    private readonly runs: BillingRunJob,
    private readonly invoices: InvoiceEventJob,
    private readonly businessEvents: BusinessEventJob,
    private readonly milestones: MilestoneEventJob,
    @Inject(ConfigService) private readonly config: ConfigService,
  ) {}

  onApplicationBootstrap(): void {
    if (!runsWorkers(this.config.getOrThrow<ProcessRole>('PROCESS_ROLE'))) return;
    const lockDuration = this.config.getOrThrow<number>('BILLING_JOB_LOCK_MS');
    this.queues.worker<BillingRunJobData, void>(
      QueueName.BillingRun,
      (job) => this.runs.process(job),
      {
        concurrency: 2,
        lockDuration,
        stalledInterval: lockDuration,
      },
    );
    this.queues.worker<InvoiceEventJobData, InvoiceOutcome>(
      QueueName.Invoicing,
      (job) => this.invoices.process(job),
      {
        concurrency: this.config.getOrThrow<number>('BILLING_INVOICE_CONCURRENCY'),
        lockDuration,
        stalledInterval: lockDuration,
      },
    );
    this.queues.worker<BusinessEvent, number>(QueueName.BusinessEvents, (job) =>
      this.businessEvents.process(job),
    );
    this.queues.worker<PsaEventJobData, boolean>(QueueName.PsaMilestoneEvents, (job) =>
      this.milestones.process(job),
    );
    this.relay.start();
    this.logger.log('billing-run, invoicing and schedule workers and the outbox relay started');
  }
}
