import { randomUUID } from 'node:crypto';
import type { MarginProjectionChanged } from './business-events';

/** A new `MarginProjectionChanged` event: a project's projected margin crossed the threshold. */
export function marginProjectionChanged(
  payload: MarginProjectionChanged['payload'],
  correlationId?: string,
): MarginProjectionChanged {
  return {
    id: randomUUID(),
    type: 'MarginProjectionChanged',
    occurredAt: new Date().toISOString(),
    correlationId,
    payload,
  };
}
