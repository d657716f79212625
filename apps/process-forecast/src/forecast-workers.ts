import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { BusinessEvent } from '@p2c/canonical';
import { OutboxRelay, PsaEventJobData, QueueFactory, QueueName } from '@p2c/messaging';
import { ProcessRole, runsWorkers } from '@p2c/platform';
import { BusinessEventJob } from './intake/business-event.job';
import { FORECAST_SCHEDULES, ForecastIntakeJob } from './intake/forecast-intake.job';
import { StaffingEventJob } from './intake/staffing-event.job';

/**
 * In the `worker` and `all` roles: the forecast-business-events worker (`ProjectActivated`), the
 * psa-staffing-events worker (staffing webhooks handed on by system-psa), the forecast-intake
 * worker with its schedules (the PSA feed pass every FORECAST_FEED_POLL_MS, every project
 * recomputed at FORECAST_RECOMPUTE_CRON; BullMQ job schedulers live in Redis, so one tick
 * across all replicas), and the outbox relay (`MarginProjectionChanged`). Everything stops with
 * the app (QueueFactory and OutboxRelay close themselves on shutdown).
 */
@Injectable()
export class ForecastWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger(ForecastWorkers.name);

  constructor(
    private readonly queues: QueueFactory,
    private readonly relay: OutboxRelay,
    private readonly businessEvents: BusinessEventJob,
    private readonly staffing: StaffingEventJob,
    private readonly intake: ForecastIntakeJob,
    @Inject(ConfigService) private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config.getOrThrow<ProcessRole>('PROCESS_ROLE'))) return;
    const lockDuration = this.config.getOrThrow<number>('FORECAST_JOB_LOCK_MS');
    const concurrency = this.config.getOrThrow<number>('FORECAST_CONCURRENCY');
    const settings = { concurrency, lockDuration, stalledInterval: lockDuration };
    this.queues.worker<BusinessEvent, number>(
      QueueName.ForecastBusinessEvents,
      (job) => this.businessEvents.process(job),
      settings,
    );
    this.queues.worker<PsaEventJobData, boolean>(
      QueueName.PsaStaffingEvents,
      (job) => this.staffing.process(job),
      settings,
    );
    this.queues.worker(QueueName.ForecastIntake, (job) => this.intake.process(job), settings);
    const cron = this.config.getOrThrow<string>('FORECAST_RECOMPUTE_CRON');
    for (const name of FORECAST_SCHEDULES) {
      const id = `process-forecast:${name}`;
      if (name === 'recompute-all' && cron === 'off') {
        await this.queues.dropScheduler(QueueName.ForecastIntake, id);
        continue;
      }
      await this.queues.keepScheduler(
        QueueName.ForecastIntake,
        id,
        name === 'poll-feed'
          ? { every: this.config.getOrThrow<number>('FORECAST_FEED_POLL_MS') }
          : { pattern: cron, tz: 'UTC' },
        { name, opts: { attempts: 1, removeOnComplete: 100, removeOnFail: 100 } },
      );
    }
    this.relay.start();
    this.logger.log('business-event, staffing and intake workers, schedules and the relay started');
  }
}
