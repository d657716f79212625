import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { ProcessRole, runsWorkers } from '@p2c/platform';
import { FlowSettings } from '../flow/flow-settings';
import { PollCrmJob } from './poll-crm.job';

const SCHEDULER = 'onboarding-poll-crm';

/**
 * Where the process runs workers: the CRM poll on its schedule (one BullMQ job scheduler, shared
 * by every replica, so each tick runs once) and the worker that runs it, one poll at a time.
 */
@Injectable()
export class DetectionWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger(DetectionWorkers.name);

  constructor(
    private readonly config: ConfigService,
    private readonly queues: QueueFactory,
    private readonly job: PollCrmJob,
    private readonly settings: FlowSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config.getOrThrow<ProcessRole>('PROCESS_ROLE'))) return;
    this.queues
      .worker(QueueName.CrmChangeFeed, this.job.process, { concurrency: 1 })
      .on('failed', (_job, error) =>
        this.logger.warn(
          `CRM poll failed, the next one reads on from the checkpoint: ${error.message}`,
        ),
      );
    if (this.settings.pollIntervalMs === 0) {
      await this.queues.dropScheduler(QueueName.CrmChangeFeed, SCHEDULER);
      return;
    }
    await this.queues.keepScheduler(
      QueueName.CrmChangeFeed,
      SCHEDULER,
      { every: this.settings.pollIntervalMs },
      {
        name: 'poll-crm',
        data: {},
        // the next tick is the retry; a failed poll keeps its checkpoint
        opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 1000 } },
      },
    );
  }
}
