import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { exclusivePass } from '@p2c/flow';
import { PollFeedUseCase } from './poll-feed.use-case';
import { RecoverStuckUseCase } from './recover-stuck.use-case';
import { SweepApprovedUseCase } from './sweep-approved.use-case';

/** The scheduled jobs of the time-intake queue (their names are the job names). */
export const INTAKE_JOBS = ['poll-feed', 'sweep-approved', 'recover-stuck'] as const;
export type IntakeJobName = (typeof INTAKE_JOBS)[number];

/**
 * Runs one tick of an intake schedule. Feed and sweep passes hold an advisory lock so a slow
 * pass never overlaps the next tick or another replica's (the recovery claims its rows with
 * SKIP LOCKED instead). Returns how many records the tick moved.
 */
@Injectable()
export class IntakeJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly feed: PollFeedUseCase,
    private readonly sweep: SweepApprovedUseCase,
    private readonly recovery: RecoverStuckUseCase,
  ) {}

  async process(job: Job): Promise<number> {
    switch (job.name as IntakeJobName) {
      case 'poll-feed':
        return (
          (await exclusivePass(this.dataSource, 'process-time:poll-feed', () =>
            this.feed.execute(),
          )) ?? 0
        );
      case 'sweep-approved':
        return (
          (await exclusivePass(this.dataSource, 'process-time:sweep-approved', () =>
            this.sweep.execute(),
          )) ?? 0
        );
      case 'recover-stuck':
        return this.recovery.execute();
      default:
        throw new Error(`time-intake has no job ${job.name}`);
    }
  }
}
