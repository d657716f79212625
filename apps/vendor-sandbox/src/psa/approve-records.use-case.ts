import { Injectable } from '@nestjs/common';
import { WorldService } from '../world/world.service';
import type { PsaRecord } from './psa-record';
import { ApprovalSelectionDto } from './dto/approval-selection.dto';
import { PsaAdminErrorCode, PsaAdminException } from './psa-admin.exception';

export type Approvable = 'time_entries' | 'expenses';

/**
 * Approves time entries or expenses as an approver would: each approval is a new version and one
 * event (so one webhook per target). Already approved records are left alone.
 */
@Injectable()
export class ApproveRecordsUseCase {
  constructor(private readonly worlds: WorldService) {}

  execute(collection: Approvable, selection: ApprovalSelectionDto): number {
    if ((selection.ids === undefined) === (selection.all === undefined))
      throw new PsaAdminException(
        PsaAdminErrorCode.INVALID_SELECTION,
        'Give either ids or all: true (one of them, not both).',
      );
    const state = this.worlds.current.psa;
    const records = state.records(collection);
    let chosen: Iterable<PsaRecord>;
    if (selection.ids) {
      const unknown = selection.ids.filter((id) => !records.has(id));
      if (unknown.length > 0)
        throw new PsaAdminException(
          PsaAdminErrorCode.RECORDS_NOT_FOUND,
          `${unknown.length} id(s) are not ${collection.replace('_', ' ')} of the PSA.`,
          { unknownIds: unknown.slice(0, 100) },
        );
      chosen = new Set(selection.ids.map((id) => records.get(id)!));
    } else {
      chosen = [...records.values()];
    }
    let approved = 0;
    for (const record of chosen) {
      if (record.approved === true) continue;
      state.update(collection, record, { approved: true });
      approved += 1;
    }
    return approved;
  }
}
