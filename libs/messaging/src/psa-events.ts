import type { PsaEventType } from '@p2c/canonical';
import { QueueName } from './queue-name';

/**
 * WIRE CONTRACT: a job on `QueueName.PsaEvents` (job name = the event type). Ids only: the
 * consumer reads the event, as system-psa stored it, from system-psa's `GET /inbox/{eventId}`.
 */
export interface PsaEventJobData {
  /** the PSA's event id, the same in the webhook, the inbox and the feed */
  eventId: string;
  eventType: PsaEventType;
}

/**
 * Which queue system-psa publishes each PSA event type on when its webhook comes in: time and
 * expenses for process-time, milestone completions for process-billing, staffing changes for
 * process-forecast. A type not listed is kept in system-psa's inbox and published nowhere: there
 * is nothing to do (`PROJECT_*`, `OTHER`).
 */
export const PSA_EVENT_QUEUES: Readonly<Partial<Record<PsaEventType, QueueName>>> = {
  TIME_ENTRY_APPROVED: QueueName.PsaEvents,
  TIME_ENTRY_UPDATED: QueueName.PsaEvents,
  TIME_ENTRY_WITHDRAWN: QueueName.PsaEvents,
  TIME_ENTRY_DELETED: QueueName.PsaEvents,
  EXPENSE_APPROVED: QueueName.PsaEvents,
  EXPENSE_UPDATED: QueueName.PsaEvents,
  EXPENSE_WITHDRAWN: QueueName.PsaEvents,
  EXPENSE_DELETED: QueueName.PsaEvents,
  RATE_CARD_CHANGED: QueueName.PsaEvents,
  MILESTONE_COMPLETED: QueueName.PsaMilestoneEvents,
  STAFFING_CHANGED: QueueName.PsaStaffingEvents,
};

/** The PSA event types published on a queue: what its consumer must handle. */
export function psaEventTypesOn(queue: QueueName): PsaEventType[] {
  return (Object.entries(PSA_EVENT_QUEUES) as [PsaEventType, QueueName][])
    .filter(([, on]) => on === queue)
    .map(([type]) => type);
}
