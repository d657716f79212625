import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { BusinessEvent } from '@p2c/canonical';
import { RecomputeForecastUseCase } from '../forecasts/recompute-forecast.use-case';

/**
 * A `forecast-business-events` job. `ProjectActivated` makes the forecast follow the project and
 * computes its first version (a repeat finds the same figures and keeps no second one). The
 * queue carries no other type; one that came anyway is left alone. Answers the version.
 */
@Injectable()
export class BusinessEventJob {
  constructor(private readonly recompute: RecomputeForecastUseCase) {}

  async process(job: Job<BusinessEvent>): Promise<number> {
    const event = job.data;
    if (event.type !== 'ProjectActivated') return 0;
    const done = await this.recompute.execute(event.payload.project, {
      kind: 'event',
      type: event.type,
      id: event.id,
    });
    // activated before the PSA answers for it: tried again with backoff
    if (!done) throw new Error(`the PSA holds no project ${event.payload.project} yet`);
    return done.version;
  }
}
