import { Injectable, Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import type { PsaEventDto } from '@p2c/canonical';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import type { PsaEventJobData } from '@p2c/messaging';
import { ForecastProject } from '@p2c/persistence';
import { RecomputeForecastUseCase } from '../forecasts/recompute-forecast.use-case';

/**
 * A `psa-staffing-events` job (a `STAFFING_CHANGED` webhook system-psa took in): reads the event
 * from system-psa's inbox and recomputes the forecast of the project it names, which reads the
 * project's staffing again. A project the forecast does not follow (not activated) is left
 * alone. A repeat, or the same event from the feed, finds the same figures and keeps no version.
 */
@Injectable()
export class StaffingEventJob {
  private readonly logger = new Logger(StaffingEventJob.name);

  constructor(
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    private readonly dataSource: DataSource,
    private readonly recompute: RecomputeForecastUseCase,
  ) {}

  async process(job: Job<PsaEventJobData>): Promise<boolean> {
    const { eventId } = job.data;
    const event = await absentOn404(
      unwrap(this.psa.GET('/inbox/{eventId}', { params: { path: { eventId } } })),
    );
    if (!event) throw new UnrecoverableError(`system-psa holds no PSA event ${eventId} any more`);
    return this.take(event);
  }

  /** Recomputes the forecast of the event's project; answers whether a version was kept. */
  async take(event: PsaEventDto): Promise<boolean> {
    const project = event.project;
    const followed =
      project !== undefined &&
      (await this.dataSource.getRepository(ForecastProject).existsBy({ project }));
    if (!followed) {
      this.logger.debug(`PSA event ${event.id}: project ${project ?? '(none)'} is not followed`);
      return false;
    }
    const done = await this.recompute.execute(project, {
      kind: 'event',
      type: event.type,
      id: event.id,
    });
    return done?.created ?? false;
  }
}
