import { Injectable, Logger } from '@nestjs/common';
import type { JobState } from 'bullmq';
import { DataSource } from 'typeorm';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { OnboardingStep } from '@p2c/persistence';
import { FlowSettings } from './flow-settings';
import { StepStore } from './step-store';

const BATCH = 100;

/** A job in one of these states will still run: its step is not lost. */
const ALIVE: readonly (JobState | 'unknown')[] = [
  'waiting',
  'delayed',
  'active',
  'prioritized',
  'waiting-children',
];

// Steps whose lease ran out, unless their job is still in the outbox (not enqueued yet).
const EXPIRED = `
  SELECT s.id, s.job_id FROM onboarding_steps s
   WHERE s.status IN ('queued', 'running', 'retrying') AND s.lease_until < now()
     AND NOT EXISTS (SELECT 1 FROM outbox_messages m WHERE m.id = s.job_id AND m.sent_at IS NULL)
   ORDER BY s.lease_until
   LIMIT ${BATCH}`;

/**
 * Finds steps whose lease ran out — a worker died mid-step (SIGKILL, OOM), a job was lost with
 * Redis — and dispatches them again. A step whose job is still waiting, delayed or held by a
 * worker BullMQ has not yet declared stalled only gets its lease extended.
 */
@Injectable()
export class RecoverySweep {
  private readonly logger = new Logger(RecoverySweep.name);
  private timer?: NodeJS.Timeout;
  private pass?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
    private readonly store: StepStore,
    private readonly settings: FlowSettings,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.pass ??= this.sweepOnce()
        .catch((error: Error) => this.logger.warn(`recovery sweep failed: ${error.message}`))
        .finally(() => (this.pass = undefined));
    }, this.settings.sweepIntervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.pass;
  }

  /** One pass; answers how many steps it dispatched again. */
  async sweepOnce(): Promise<number> {
    const expired: { id: string; job_id: string | null }[] = await this.dataSource.query(EXPIRED);
    let dispatched = 0;
    for (const row of expired) {
      if (ALIVE.includes(await this.jobState(row.job_id))) await this.extend(row.id);
      else if (await this.redispatch(row.id)) dispatched += 1;
    }
    if (dispatched > 0) this.logger.warn(`dispatched ${dispatched} stuck onboarding step(s) again`);
    return dispatched;
  }

  private async jobState(jobId: string | null): Promise<JobState | 'unknown'> {
    if (!jobId) return 'unknown';
    const job = await this.queues.queue(QueueName.ProjectOnboarding).getJob(jobId);
    return job ? job.getState() : 'unknown';
  }

  private async extend(stepId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE onboarding_steps SET lease_until = now() + $2 * interval '1 millisecond'
        WHERE id = $1 AND lease_until < now()`,
      [stepId, this.settings.leaseMs],
    );
  }

  /** Dispatches the step again if it is still expired (another replica may have got there). */
  private redispatch(stepId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const step = await manager
        .createQueryBuilder(OnboardingStep, 'step')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('step.id = :stepId', { stepId })
        .andWhere(`step.status IN ('queued', 'running', 'retrying')`)
        .andWhere('step.lease_until < now()')
        .getOne();
      if (!step) return false;
      await this.store.dispatch(manager, step);
      return true;
    });
  }
}
