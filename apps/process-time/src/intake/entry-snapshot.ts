import type { PsaExpenseDto, PsaTimeEntryDto } from '@p2c/canonical';
import type { TimePostingKind } from '@p2c/persistence';

/** A version of a PSA time entry or expense as some intake saw it. */
export type EntrySnapshot =
  | { kind: 'TIME'; record: PsaTimeEntryDto; deleted?: boolean }
  | { kind: 'EXPENSE'; record: PsaExpenseDto; deleted?: boolean };

/**
 * The posting id of an entry: the ERP record's external id, derived from the source and the
 * same for every version (a correction changes the one record in place).
 */
export function postingIdOf(kind: TimePostingKind, sourceSystem: string, sourceId: string): string {
  return `${sourceSystem}-${kind === 'TIME' ? 'time' : 'expense'}-${sourceId}`;
}
