import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import type { BusinessEvent } from '@p2c/canonical';
import { BillingProject } from '@p2c/persistence';
import { BillingSchedules } from './billing-schedules';

/**
 * A `business-events` job. `ProjectActivated` records the project's deal (whose contract caps
 * its billing), its customer and the customer's partner (whose portal sees its invoices) and starts its fee, retainer or milestone schedule; billing takes no other event
 * (its own `InvoiceIssued` included). A repeat only brings the schedule up to date again.
 */
@Injectable()
export class BusinessEventJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schedules: BillingSchedules,
  ) {}

  async process(job: Job<BusinessEvent>): Promise<number> {
    const event = job.data;
    if (event.type !== 'ProjectActivated') return 0;
    const { project, opportunity, customer, partner } = event.payload;
    await this.dataSource
      .getRepository(BillingProject)
      .upsert({ project, opportunity, customer: customer ?? null, partner: partner ?? null }, [
        'project',
      ]);
    return this.schedules.sync(project);
  }
}
