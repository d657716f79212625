import { randomUUID } from 'node:crypto';
import type { ProjectActivated } from './business-events';

const OPTIONAL = new Set(['customer', 'partner']);

/**
 * A new `ProjectActivated` event. Billing and time posting key on every id it carries, so an
 * empty or blank one is refused here, before it can reach the outbox (the optional customer and
 * partner are left out when absent, never sent blank).
 */
export function projectActivated(
  payload: ProjectActivated['payload'],
  correlationId?: string,
): ProjectActivated {
  const blank = Object.entries(payload)
    .filter(([name, id]) => id !== undefined || !OPTIONAL.has(name))
    .filter(([, id]) => typeof id !== 'string' || id.trim() === '')
    .map(([name]) => name);
  if (blank.length > 0)
    throw new RangeError(`ProjectActivated needs every id; blank: ${blank.join(', ')}`);
  return {
    id: randomUUID(),
    type: 'ProjectActivated',
    occurredAt: new Date().toISOString(),
    correlationId,
    payload,
  };
}
