import { Injectable } from '@nestjs/common';
import { WorldService } from '../world/world.service';
import type { PsaRecord } from './psa-record';
import { repriced } from './time-entries';
import { CorrectTimeEntryDto } from './dto/correct-time-entry.dto';
import { TimeEntryStateDto } from './dto/time-entry-state.dto';
import { PsaAdminErrorCode, PsaAdminException } from './psa-admin.exception';
import { timeEntryOf } from './time-entry-of';

/**
 * An approver's correction, allowed even after approval (the vendor API refuses that): a new
 * version, repriced for the new day, and for approved time a `time_entry:updated` event.
 */
@Injectable()
export class CorrectTimeEntryUseCase {
  constructor(private readonly worlds: WorldService) {}

  execute(id: string, correction: CorrectTimeEntryDto): TimeEntryStateDto {
    const state = this.worlds.current.psa;
    const entry = timeEntryOf(state, id);
    const changes: PsaRecord = {};
    if (correction.date !== undefined) changes.date_performed = correction.date;
    if (correction.hours !== undefined) changes.time_in_minutes = Math.round(correction.hours * 60);
    if (correction.billable !== undefined) changes.billable = correction.billable;
    if (correction.notes !== undefined) changes.notes = correction.notes;
    if (Object.keys(changes).length === 0)
      throw new PsaAdminException(
        PsaAdminErrorCode.INVALID_SELECTION,
        'Give at least one of date, hours, billable, notes.',
      );
    const corrected = state.update('time_entries', entry, repriced(state, entry, changes));
    return TimeEntryStateDto.of(corrected);
  }
}
