import type { PsaRecord } from './psa-record';
import type { PsaState } from './psa-state';
import { PsaAdminErrorCode, PsaAdminException } from './psa-admin.exception';

export function timeEntryOf(state: PsaState, id: string): PsaRecord {
  const entry = state.find('time_entries', id);
  if (!entry)
    throw new PsaAdminException(PsaAdminErrorCode.TIME_ENTRY_NOT_FOUND, `No time entry ${id}.`);
  return entry;
}
