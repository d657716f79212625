import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { ProcessRole, runsWorkers } from '@p2c/platform';
import { scheduleLegalEntities } from '../common/legal-entity-schedules';
import { RECOVERY_SCHEDULER, RUN_SCHEDULER_PREFIX } from './billing-flow';
import type { BillingRunJobName } from './billing-run-job';

/**
 * In the `worker` and `all` roles, on the billing-run queue: one BullMQ job scheduler per legal
 * entity of BILLING_LEGAL_ENTITIES on BILLING_RUN_CRON (UTC; see scheduleLegalEntities), and the
 * recovery sweep's every BILLING_RECOVERY_SWEEP_MS (0: none). Schedulers live in Redis, so each
 * tick runs once across every replica.
 */
@Injectable()
export class BillingRunSchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(BillingRunSchedules.name);

  constructor(
    private readonly queues: QueueFactory,
    @Inject(ConfigService) private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config.getOrThrow<ProcessRole>('PROCESS_ROLE'))) return;
    const cron = this.config.getOrThrow<string>('BILLING_RUN_CRON');
    const entities = await scheduleLegalEntities(this.queues, QueueName.BillingRun, {
      prefix: RUN_SCHEDULER_PREFIX,
      cron,
      legalEntities: this.config.getOrThrow<string[]>('BILLING_LEGAL_ENTITIES'),
      jobName: 'schedule-run' satisfies BillingRunJobName,
    });
    const every = this.config.getOrThrow<number>('BILLING_RECOVERY_SWEEP_MS');
    if (every === 0) await this.queues.dropScheduler(QueueName.BillingRun, RECOVERY_SCHEDULER);
    else
      await this.queues.keepScheduler(
        QueueName.BillingRun,
        RECOVERY_SCHEDULER,
        { every },
        {
          name: 'recover-runs' satisfies BillingRunJobName,
          data: {},
          // a pass that fails is followed by the next one
          opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 1000 } },
        },
      );
    this.logger.log(
      `${entities.length ? `monthly runs for ${entities.join(', ')} at "${cron}"` : 'no scheduled runs'}; ${every ? `recovery sweep every ${every} ms` : 'no recovery sweep'}`,
    );
  }
}
