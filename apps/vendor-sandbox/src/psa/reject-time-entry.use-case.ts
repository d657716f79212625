import { Injectable } from '@nestjs/common';
import { WorldService } from '../world/world.service';
import { TimeEntryStateDto } from './dto/time-entry-state.dto';
import { PsaAdminErrorCode, PsaAdminException } from './psa-admin.exception';
import { timeEntryOf } from './time-entry-of';

/** Withdraws an approval (a rejection after approval): a new version and `time_entry:unapproved`. */
@Injectable()
export class RejectTimeEntryUseCase {
  constructor(private readonly worlds: WorldService) {}

  execute(id: string): TimeEntryStateDto {
    const state = this.worlds.current.psa;
    const entry = timeEntryOf(state, id);
    if (entry.approved !== true)
      throw new PsaAdminException(
        PsaAdminErrorCode.NOT_APPROVED,
        `Time entry ${id} is not approved; only approved time can be rejected after approval.`,
      );
    return TimeEntryStateDto.of(state.update('time_entries', entry, { approved: false }));
  }
}
