import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { ProcessRole, runsWorkers } from '@p2c/platform';
import { scheduleLegalEntities } from '../common/legal-entity-schedules';
import { ReconciliationJob } from './reconciliation.job';
import type { ReconciliationJobData, ReconciliationJobName } from './reconciliation-job';
import { SCHEDULER_PREFIX } from './reconciliation-flow';

/**
 * In the `worker` and `all` roles: the reconciliation worker, and one BullMQ job scheduler per
 * legal entity of BILLING_LEGAL_ENTITIES on BILLING_RECONCILIATION_CRON (UTC; see
 * scheduleLegalEntities).
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
    const entities = await scheduleLegalEntities(this.queues, QueueName.Reconciliation, {
      prefix: SCHEDULER_PREFIX,
      cron,
      legalEntities: this.config.getOrThrow<string[]>('BILLING_LEGAL_ENTITIES'),
      jobName: 'schedule' satisfies ReconciliationJobName,
    });
    this.logger.log(
      `reconciliation worker started; ${entities.length ? `nightly for ${entities.join(', ')} at "${cron}"` : 'no schedule'}`,
    );
  }
}
