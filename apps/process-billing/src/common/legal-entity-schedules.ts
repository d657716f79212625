import type { Job } from 'bullmq';
import { QueueFactory, QueueName } from '@p2c/messaging';

/** What a legal entity's scheduler puts on each tick's job: the entity, nothing more. */
export interface LegalEntityTick {
  legalEntity: string;
}

export interface LegalEntitySchedule {
  /** the schedulers' keys are this and the entity's code; keys with it that are not wanted go */
  prefix: string;
  /** a cron pattern, in UTC, or `off` */
  cron: string;
  legalEntities: readonly string[];
  /** the name of each tick's job */
  jobName: string;
}

/**
 * Keeps one BullMQ job scheduler per legal entity on the queue, on the schedule's cron pattern
 * (UTC). Schedulers live in Redis, so each tick runs once across every replica, and are set up
 * again should Redis lose them; an entity taken off the list, or a schedule turned `off`, loses
 * its scheduler at the next start. Answers the legal entities on the schedule.
 */
export async function scheduleLegalEntities(
  queues: QueueFactory,
  queue: QueueName,
  schedule: LegalEntitySchedule,
): Promise<string[]> {
  const entities = schedule.cron === 'off' ? [] : [...schedule.legalEntities];
  const wanted = new Set(entities.map((code) => schedule.prefix + code));
  for (const scheduler of await queues.queue(queue).getJobSchedulers())
    if (scheduler.key.startsWith(schedule.prefix) && !wanted.has(scheduler.key))
      await queues.dropScheduler(queue, scheduler.key);
  for (const legalEntity of entities)
    await queues.keepScheduler(
      queue,
      schedule.prefix + legalEntity,
      { pattern: schedule.cron, tz: 'UTC' },
      {
        name: schedule.jobName,
        data: { legalEntity } satisfies LegalEntityTick,
        // an ERP that cannot say which entities are active is asked again over about 15 minutes
        opts: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 60_000 },
          removeOnComplete: { count: 100 },
          removeOnFail: { count: 1000 },
        },
      },
    );
  return entities;
}

/** The time of the tick a scheduler's job stands for; a retried tick is still the same tick. */
export function tickOf(job: Job): Date {
  return new Date(job.opts.prevMillis ?? job.timestamp);
}
