import type { EntityManager } from 'typeorm';
import type { BusinessEvent, BusinessEventType } from '@p2c/canonical';
import { addToOutbox } from './outbox/add-to-outbox';
import { QueueName } from './queue-name';

/**
 * WIRE CONTRACT: the queues every business event is published on, and the types each takes.
 * `business-events` takes every event (billing works it, and outside checks read it); a consumer
 * that needs only some types has a queue of its own, so neither consumer's backlog, retries or
 * dead letters hold up the other's. A new consumer adds its queue here; every publisher goes
 * through publishBusinessEvent, so none can forget it.
 */
export const BUSINESS_EVENT_QUEUES: readonly {
  queue: QueueName;
  types: 'every' | readonly BusinessEventType[];
}[] = [
  { queue: QueueName.BusinessEvents, types: 'every' },
  { queue: QueueName.ForecastBusinessEvents, types: ['ProjectActivated'] },
];

/** The queues an event of this type goes on. */
export function businessEventQueues(type: BusinessEventType): QueueName[] {
  return BUSINESS_EVENT_QUEUES.filter(({ types }) => types === 'every' || types.includes(type)).map(
    ({ queue }) => queue,
  );
}

/**
 * Publishes a business event through the outbox of the transaction that made the change: one
 * outbox row per queue that takes its type (job name = the type, data = the event), each enqueued
 * if and only if the transaction commits. Answers the jobs' ids.
 */
export async function publishBusinessEvent(
  manager: EntityManager,
  event: BusinessEvent,
): Promise<string[]> {
  const ids: string[] = [];
  for (const queue of businessEventQueues(event.type))
    ids.push(await addToOutbox(manager, { queue, name: event.type, payload: event }));
  return ids;
}
