import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Job } from 'bullmq';
import { JobData, OutboxRelay, PsaEventJobData, QueueFactory, QueueName } from '@p2c/messaging';
import { ProcessRole, runsWorkers } from '@p2c/platform';
import { INTAKE_JOBS, IntakeJob, IntakeJobName } from './intake/intake.job';
import { PsaEventJob } from './intake/psa-event.job';
import { POST_ENTRIES_JOB, PostEntriesJob, PostEntriesJobData } from './posting/post-entries.job';
import { PostEntryJob, PostEntryJobData } from './posting/post-entry.job';

/** Schedules of earlier versions, removed from Redis so their ticks stop. */
const RETIRED_SCHEDULES = ['process-time:drain-inbox'];

/**
 * In the `worker` and `all` roles: the posting worker (`post-entries` jobs of many entries and
 * `post-entry` jobs of one; TIME_POSTING_CONCURRENCY, a queue limiter
 * so a 429 can pause it), the psa-events worker (PSA webhooks handed on by system-psa), the
 * intake worker with its schedules (one tick per interval across all
 * replicas: BullMQ job schedulers live in Redis, set up again should Redis lose them), and the outbox relay. Everything stops with the
 * app (QueueFactory and OutboxRelay close themselves on shutdown).
 */
@Injectable()
export class TimeWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger(TimeWorkers.name);

  constructor(
    private readonly queues: QueueFactory,
    private readonly relay: OutboxRelay,
    private readonly posting: PostEntryJob,
    private readonly postingMany: PostEntriesJob,
    private readonly intake: IntakeJob,
    private readonly psaEvents: PsaEventJob,
    @Inject(ConfigService) private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config.getOrThrow<ProcessRole>('PROCESS_ROLE'))) return;
    const lockDuration = this.config.getOrThrow<number>('TIME_JOB_LOCK_MS');
    this.queues.worker<PostEntryJobData | PostEntriesJobData, void>(
      QueueName.TimePosting,
      (job) =>
        job.name === POST_ENTRIES_JOB
          ? this.postingMany.process(job as Job<JobData<PostEntriesJobData>>)
          : this.posting.process(job as Job<JobData<PostEntryJobData>>),
      {
        concurrency: this.config.getOrThrow<number>('TIME_POSTING_CONCURRENCY'),
        limiter: {
          max: this.config.getOrThrow<number>('TIME_POSTING_MAX_PER_SECOND'),
          duration: 1000,
        },
        lockDuration,
        stalledInterval: lockDuration,
      },
    );
    this.queues.worker<PsaEventJobData, number>(
      QueueName.PsaEvents,
      (job) => this.psaEvents.process(job),
      {
        concurrency: this.config.getOrThrow<number>('TIME_PSA_EVENT_CONCURRENCY'),
        lockDuration,
        stalledInterval: lockDuration,
      },
    );
    this.queues.worker(QueueName.TimeIntake, (job) => this.intake.process(job), {
      concurrency: INTAKE_JOBS.length,
      lockDuration,
      stalledInterval: lockDuration,
    });
    const every: Record<IntakeJobName, number> = {
      'poll-feed': this.config.getOrThrow<number>('TIME_FEED_POLL_MS'),
      'sweep-approved': this.config.getOrThrow<number>('TIME_SWEEP_INTERVAL_MS'),
      'recover-stuck': this.config.getOrThrow<number>('TIME_RECOVERY_INTERVAL_MS'),
    };
    for (const retired of RETIRED_SCHEDULES)
      await this.queues.dropScheduler(QueueName.TimeIntake, retired);
    for (const name of INTAKE_JOBS)
      await this.queues.keepScheduler(
        QueueName.TimeIntake,
        `process-time:${name}`,
        { every: every[name] },
        { name, opts: { attempts: 1, removeOnComplete: 100, removeOnFail: 100 } },
      );
    this.relay.start();
    this.logger.log('posting and intake workers, schedules and the outbox relay started');
  }
}
