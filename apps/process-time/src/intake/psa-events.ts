import type { PsaEventDto, PsaEventType } from '@p2c/canonical';
import { QueueName, psaEventTypesOn } from '@p2c/messaging';
import type { EntrySnapshot } from './entry-snapshot';

/** The PSA event types process-time takes: those system-psa publishes on psa-events. */
export const TIME_EVENT_TYPES: readonly PsaEventType[] = psaEventTypesOn(QueueName.PsaEvents);

/** The entry version an event carries, if it is a time or expense event with its record. */
export function snapshotOf(event: PsaEventDto): EntrySnapshot | undefined {
  const deleted = event.type === 'TIME_ENTRY_DELETED' || event.type === 'EXPENSE_DELETED';
  if (event.type.startsWith('TIME_ENTRY_') && event.timeEntry)
    return { kind: 'TIME', record: event.timeEntry, deleted };
  if (event.type.startsWith('EXPENSE_') && event.expense)
    return { kind: 'EXPENSE', record: event.expense, deleted };
  return undefined;
}
