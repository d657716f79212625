import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { OutboxRelay, QueueFactory, QueueName } from '@p2c/messaging';
import { ProcessRole, runsWorkers } from '@p2c/platform';
import { FlowSettings } from './flow-settings';
import { RecoverySweep } from './recovery-sweep';
import { RunStepJob } from './run-step.job';

/**
 * Where the process runs workers (PROCESS_ROLE all or worker): the step worker, the outbox relay
 * that enqueues committed steps, and the recovery sweep. BullMQ declares a job stalled once the
 * worker holding it stopped renewing its lock for a lease; the sweep catches what that misses.
 */
@Injectable()
export class FlowWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly config: ConfigService,
    private readonly queues: QueueFactory,
    private readonly relay: OutboxRelay,
    private readonly job: RunStepJob,
    private readonly sweep: RecoverySweep,
    private readonly settings: FlowSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (!runsWorkers(this.config.getOrThrow<ProcessRole>('PROCESS_ROLE'))) return;
    this.queues.worker(QueueName.ProjectOnboarding, this.job.process, {
      concurrency: this.settings.concurrency,
      lockDuration: this.settings.leaseMs,
      stalledInterval: this.settings.leaseMs,
    });
    this.relay.start();
    this.sweep.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.sweep.stop();
  }
}
