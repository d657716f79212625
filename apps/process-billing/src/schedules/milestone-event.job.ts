import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import type { PsaEventJobData } from '@p2c/messaging';
import { BillingSchedules } from './billing-schedules';

/**
 * A `psa-milestone-events` job (a `MILESTONE_COMPLETED` webhook system-psa took in): reads the
 * event from system-psa's inbox and marks the milestone's schedule line completed, billable by
 * the next run of its period. A repeat changes nothing.
 */
@Injectable()
export class MilestoneEventJob {
  constructor(
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    private readonly schedules: BillingSchedules,
  ) {}

  async process(job: Job<PsaEventJobData>): Promise<boolean> {
    const { eventId } = job.data;
    const event = await absentOn404(
      unwrap(this.psa.GET('/inbox/{eventId}', { params: { path: { eventId } } })),
    );
    if (!event) throw new UnrecoverableError(`system-psa holds no PSA event ${eventId} any more`);
    if (!event.milestone)
      throw new UnrecoverableError(`PSA event ${eventId} (${event.type}) names no milestone`);
    return this.schedules.complete(event.milestone);
  }
}
