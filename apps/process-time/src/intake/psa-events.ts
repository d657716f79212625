import type { PsaEventDto, PsaEventType } from '@p2c/canonical';
import type { EntrySnapshot } from './entry-snapshot';

/** The PSA event types process-time takes from the inbox (see system-psa's README). */
export const TIME_EVENT_TYPES: readonly PsaEventType[] = [
  'TIME_ENTRY_APPROVED',
  'TIME_ENTRY_UPDATED',
  'TIME_ENTRY_WITHDRAWN',
  'TIME_ENTRY_DELETED',
  'EXPENSE_APPROVED',
  'EXPENSE_UPDATED',
  'EXPENSE_WITHDRAWN',
  'EXPENSE_DELETED',
  'RATE_CARD_CHANGED',
];

/** The entry version an event carries, if it is a time or expense event with its record. */
export function snapshotOf(event: PsaEventDto): EntrySnapshot | undefined {
  const deleted = event.type === 'TIME_ENTRY_DELETED' || event.type === 'EXPENSE_DELETED';
  if (event.type.startsWith('TIME_ENTRY_') && event.timeEntry)
    return { kind: 'TIME', record: event.timeEntry, deleted };
  if (event.type.startsWith('EXPENSE_') && event.expense)
    return { kind: 'EXPENSE', record: event.expense, deleted };
  return undefined;
}
