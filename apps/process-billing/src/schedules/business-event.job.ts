import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import type { BusinessEvent } from '@p2c/canonical';
import { BillingSchedules } from './billing-schedules';

/**
 * A `business-events` job. `ProjectActivated` starts the project's fee, retainer or milestone
 * schedule; billing takes no other event (its own `InvoiceIssued` included). A repeat only
 * brings the schedule up to date again.
 */
@Injectable()
export class BusinessEventJob {
  constructor(private readonly schedules: BillingSchedules) {}

  async process(job: Job<BusinessEvent>): Promise<number> {
    const event = job.data;
    if (event.type !== 'ProjectActivated') return 0;
    return this.schedules.sync(event.payload.project);
  }
}
