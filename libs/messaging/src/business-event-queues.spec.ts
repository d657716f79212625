import { BUSINESS_EVENT_TYPES } from '@p2c/canonical';
import { businessEventQueues } from './business-event-queues';
import { QueueName } from './queue-name';

describe('the business-event fan-out', () => {
  it('puts every event type on business-events', () => {
    for (const type of BUSINESS_EVENT_TYPES)
      expect(businessEventQueues(type)).toContain(QueueName.BusinessEvents);
  });

  it('gives the forecast its own copy of ProjectActivated and nothing it does not consume', () => {
    expect(businessEventQueues('ProjectActivated')).toEqual([
      QueueName.BusinessEvents,
      QueueName.ForecastBusinessEvents,
    ]);
    expect(businessEventQueues('InvoiceIssued')).toEqual([QueueName.BusinessEvents]);
    expect(businessEventQueues('MarginProjectionChanged')).toEqual([QueueName.BusinessEvents]);
  });
});
