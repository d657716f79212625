import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { ProcessRole, runsWorkers } from '@p2c/platform';
import { ReconciliationJob } from './reconciliation.job';
import type { ReconciliationJobData, ReconciliationJobName } from './reconciliation-job';
import { SCHEDULER_PREFIX, schedulerId } from './reconciliation-flow';

/**
 * In the `worker` and `all` roles: the reconciliation worker, and one BullMQ job scheduler per
 * legal entity of BILLING_LEGAL_ENTITIES on BILLING_RECONCILIATION_CRON (UTC). Schedulers live
 * in Redis, so each tick runs once across every replica; an entity taken off the list, or a
 * schedule turned `off`, loses its scheduler at the next start.
 */
@Injectable()
export class ReconciliationWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReconciliationWorkers.name);

  constructor(
    private readonly queues: QueueFactory,
    private readonly job: ReconciliationJob,
    @Inject(ConfigService) private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config.getOrThrow<ProcessRole>('PROCESS_ROLE'))) return;
    const lockDuration = this.config.getOrThrow<number>('BILLING_JOB_LOCK_MS');
    this.queues.worker<ReconciliationJobData, void>(
      QueueName.Reconciliation,
      (job) => this.job.process(job),
      { concurrency: 2, lockDuration, stalledInterval: lockDuration },
    );
    const cron = this.config.getOrThrow<string>('BILLING_RECONCILIATION_CRON');
    const entities =
      cron === 'off' ? [] : this.config.getOrThrow<string[]>('BILLING_LEGAL_ENTITIES');
    const queue = this.queues.queue(QueueName.Reconciliation);
    const wanted = new Set(entities.map(schedulerId));
    for (const scheduler of await queue.getJobSchedulers())
      if (scheduler.key.startsWith(SCHEDULER_PREFIX) && !wanted.has(scheduler.key))
        await queue.removeJobScheduler(scheduler.key);
    for (const legalEntity of entities)
      await queue.upsertJobScheduler(
        schedulerId(legalEntity),
        { pattern: cron, tz: 'UTC' },
        {
          name: 'schedule' satisfies ReconciliationJobName,
          data: { legalEntity } satisfies ReconciliationJobData,
          // an ERP that cannot say which entities are active is asked again over about 15 minutes
          opts: {
            attempts: 5,
            backoff: { type: 'exponential', delay: 60_000 },
            removeOnComplete: { count: 100 },
            removeOnFail: { count: 1000 },
          },
        },
      );
    this.logger.log(
      `reconciliation worker started; ${entities.length ? `nightly for ${entities.join(', ')} at "${cron}"` : 'no schedule'}`,
    );
  }
}
