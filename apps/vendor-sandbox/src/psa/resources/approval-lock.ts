import { psaValidationError } from '../psa-errors';
import type { PsaRecord } from '../psa-record';

/** Approved work is locked in the vendor's API: only an approver (the admin API) may change it. */
export function rejectIfApproved(record: PsaRecord, label: string): void {
  if (record.approved === true)
    throw psaValidationError([
      { field: 'approved', message: `Approved ${label} cannot be changed or deleted` },
    ]);
}
