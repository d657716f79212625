import { Logger } from '@nestjs/common';
import type { JobSchedulerTemplateOptions, Queue, RepeatOptions } from 'bullmq';

/** how often kept schedulers are checked unless SCHEDULER_CHECK_MS says otherwise */
export const DEFAULT_SCHEDULER_CHECK_MS = 30_000;

export type SchedulerRepeat = Omit<RepeatOptions, 'key'>;

export interface SchedulerTemplate {
  name: string;
  data?: object;
  opts?: JobSchedulerTemplateOptions;
}

interface KeptScheduler {
  queue: Queue;
  id: string;
  repeat: SchedulerRepeat;
  template: SchedulerTemplate;
}

/**
 * Job schedulers the app relies on (recovery sweeps, feed polls), kept in place: BullMQ holds them
 * in Redis, and a Redis that loses its data (a FLUSHALL, a failover to an empty replica) would
 * otherwise stop the very sweeps that recover what it lost. Every `checkEveryMs` each kept
 * scheduler that is gone is set up again.
 */
export class KeptSchedulers {
  private readonly logger = new Logger(KeptSchedulers.name);
  private readonly kept = new Map<string, KeptScheduler>();
  private timer?: NodeJS.Timeout;
  private checking = false;

  constructor(private readonly checkEveryMs: number) {}

  async keep(scheduler: KeptScheduler): Promise<void> {
    await this.upsert(scheduler);
    this.kept.set(keyOf(scheduler.queue, scheduler.id), scheduler);
    this.timer ??= setInterval(() => void this.restoreMissing(), this.checkEveryMs).unref();
  }

  async drop(queue: Queue, id: string): Promise<void> {
    this.kept.delete(keyOf(queue, id));
    await queue.removeJobScheduler(id);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Sets up again every kept scheduler Redis no longer has. */
  async restoreMissing(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      for (const scheduler of this.kept.values()) {
        if (await scheduler.queue.getJobScheduler(scheduler.id)) continue;
        await this.upsert(scheduler);
        this.logger.warn(
          `job scheduler ${scheduler.id} of ${scheduler.queue.name} was gone from Redis: set up again`,
        );
      }
    } catch (error) {
      this.logger.warn(`could not check the job schedulers: ${(error as Error).message}`);
    } finally {
      this.checking = false;
    }
  }

  private async upsert({ queue, id, repeat, template }: KeptScheduler): Promise<void> {
    await queue.upsertJobScheduler(id, repeat, template);
  }
}

function keyOf(queue: Queue, id: string): string {
  return `${queue.name}\u0000${id}`;
}
