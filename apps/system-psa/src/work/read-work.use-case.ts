import { Injectable } from '@nestjs/common';
import {
  PsaExpenseDto,
  PsaExpensePageDto,
  PsaTimeEntryDto,
  PsaTimeEntryPageDto,
} from '@p2c/canonical';
import { PsaCheckpoints } from '../checkpoints/psa-checkpoints';
import { PassReader } from '../psa/pass-reader';
import { PsaApi } from '../psa/psa-api';
import type { PsaExpense, PsaTimeEntry, PsaVersioned } from '../psa/psa-records';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';
import type { ChangedWorkQueryDto } from './dto/changed-work.query.dto';
import { WorkMapper } from './work-mapper';

type WorkResource = 'time_entries' | 'expenses';

const DEFAULT_LIMIT = 100;

/** Time entries and expenses: changed since a cursor, in passes (see PassReader), or one by id. */
@Injectable()
export class ReadWorkUseCase {
  constructor(
    private readonly passes: PassReader,
    private readonly api: PsaApi,
    private readonly mapper: WorkMapper,
    private readonly checkpoints: PsaCheckpoints,
  ) {}

  timeEntries(query: ChangedWorkQueryDto): Promise<PsaTimeEntryPageDto> {
    return this.page<PsaTimeEntry, PsaTimeEntryDto>('time_entries', query, (records) =>
      this.mapper.timeEntries(records),
    );
  }

  expenses(query: ChangedWorkQueryDto): Promise<PsaExpensePageDto> {
    return this.page<PsaExpense, PsaExpenseDto>('expenses', query, (records) =>
      this.mapper.expenses(records),
    );
  }

  async timeEntry(id: string): Promise<PsaTimeEntryDto> {
    const [entry] = await this.mapper.timeEntries([
      await this.one<PsaTimeEntry>('time_entries', id),
    ]);
    return entry;
  }

  async expense(id: string): Promise<PsaExpenseDto> {
    const [expense] = await this.mapper.expenses([await this.one<PsaExpense>('expenses', id)]);
    return expense;
  }

  /**
   * The status is filtered here, not in the PSA: a record that loses its approval mid-pass keeps
   * its place in the PSA's list, so nothing after it moves.
   */
  private async page<R extends PsaVersioned, D>(
    resource: WorkResource,
    query: ChangedWorkQueryDto,
    map: (records: R[]) => Promise<D[]>,
  ): Promise<{ items: D[]; nextCursor?: string; checkpoint: string }> {
    const status = query.status ?? 'APPROVED';
    const { records, nextCursor, checkpoint } = await this.passes.read<R>(
      {
        list: resource,
        resource,
        afterParameter: 'updated_after',
        stampField: 'updated_at',
        ascendingIds: true,
      },
      {
        cursor: await this.checkpoints.resume(
          resource === 'expenses' ? 'expenses' : 'time-entries',
          query,
        ),
        since: query.updatedSince,
        limit: query.limit ?? DEFAULT_LIMIT,
        accept: (record) => status === 'ANY' || record.approved === (status === 'APPROVED'),
      },
    );
    return { items: await map(records), nextCursor, checkpoint };
  }

  private async one<R extends PsaVersioned>(resource: WorkResource, id: string): Promise<R> {
    const found = await this.api.one<R>(resource, id);
    if (!found)
      throw new SystemPsaException(
        SystemPsaErrorCode.NOT_FOUND,
        `The PSA has no ${resource === 'expenses' ? 'expense' : 'time entry'} ${id}.`,
      );
    return found.record;
  }
}
