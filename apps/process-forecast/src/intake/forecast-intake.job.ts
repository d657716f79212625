import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { exclusivePass } from '@p2c/flow';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { ForecastProject } from '@p2c/persistence';
import {
  ForecastTrigger,
  RecomputeForecastUseCase,
} from '../forecasts/recompute-forecast.use-case';
import { PollStaffingFeedUseCase } from './poll-staffing-feed.use-case';

/** The scheduled jobs of the forecast-intake queue (their names are the job names). */
export const FORECAST_SCHEDULES = ['poll-feed', 'recompute-all'] as const;
export type ForecastScheduleName = (typeof FORECAST_SCHEDULES)[number];

/** The job the nightly tick adds per project. */
export const RECOMPUTE_PROJECT = 'recompute-project';

/** A `recompute-project` job: the project, and what asked for it (the nightly tick when absent). */
export interface RecomputeProjectJobData {
  project: string;
  trigger?: ForecastTrigger;
}

/**
 * One job of the forecast-intake queue. `poll-feed`: the PSA feed pass (under an advisory lock,
 * so passes never overlap across replicas). `recompute-all`: one `recompute-project` job per
 * followed project (one per project and tick: the job id says which), so a night's work spreads
 * over every worker. `recompute-project`: one project's recomputation (trigger `schedule`, or
 * the workbench's retry of a case).
 */
@Injectable()
export class ForecastIntakeJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
    private readonly feed: PollStaffingFeedUseCase,
    private readonly recompute: RecomputeForecastUseCase,
  ) {}

  async process(job: Job): Promise<number> {
    switch (job.name) {
      case 'poll-feed':
        return (
          (await exclusivePass(this.dataSource, 'process-forecast:poll-feed', () =>
            this.feed.execute(),
          )) ?? 0
        );
      case 'recompute-all':
        return this.recomputeAll(job.id ?? String(job.timestamp));
      case RECOMPUTE_PROJECT: {
        const { project, trigger } = job.data as RecomputeProjectJobData;
        const done = await this.recompute.execute(
          project,
          trigger ?? { kind: 'schedule', type: 'recompute-all' },
        );
        return done?.version ?? 0;
      }
      default:
        throw new Error(`forecast-intake has no job ${job.name}`);
    }
  }

  private async recomputeAll(tick: string): Promise<number> {
    const projects = await this.dataSource
      .getRepository(ForecastProject)
      .find({ select: { project: true }, order: { project: 'ASC' } });
    for (const { project } of projects)
      await this.queues.enqueue<RecomputeProjectJobData>(
        QueueName.ForecastIntake,
        RECOMPUTE_PROJECT,
        { project },
        { jobId: `${RECOMPUTE_PROJECT}:${tick}:${project}` },
      );
    return projects.length;
  }
}
