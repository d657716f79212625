import type { BusinessEvent } from '@p2c/canonical';
import { QueueFactory, QueueName } from '@p2c/messaging';
import type { BillingTestBed } from './billing-test-bed';

/**
 * The business events of a type that process-billing published, as the business-events queue
 * holds them in the test's Redis prefix (billing works that queue itself, so completed jobs count).
 */
export async function businessEvents<T extends BusinessEvent['type']>(
  bed: BillingTestBed,
  type: T,
): Promise<Extract<BusinessEvent, { type: T }>[]> {
  const jobs = await bed.app
    .get(QueueFactory)
    .queue(QueueName.BusinessEvents)
    .getJobs(['wait', 'active', 'delayed', 'completed', 'failed']);
  return jobs
    .filter((job) => job.name === type)
    .map((job) => job.data as Extract<BusinessEvent, { type: T }>);
}
