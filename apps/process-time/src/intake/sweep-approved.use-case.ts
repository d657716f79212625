import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import type { PsaExpenseDto, PsaTimeEntryDto } from '@p2c/canonical';
import { EntryIntake } from './entry-intake';
import type { EntrySnapshot } from './entry-snapshot';
import { FeedCheckpoints } from './feed-checkpoints';

export const TIME_ENTRIES_FEED = 'psa.time-entries';
export const EXPENSES_FEED = 'psa.expenses';

interface WorkPage<T> {
  items: T[];
  nextCursor?: string;
  checkpoint: string;
}

/**
 * The safety net behind webhooks and the feed: a pass over the PSA's time entries and expenses
 * changed since the last one (approved ones, and withdrawn approvals of entries already known),
 * each page handed to the intake and checkpointed in one transaction. What the webhooks or the
 * feed already brought changes nothing.
 */
@Injectable()
export class SweepApprovedUseCase {
  private readonly logger = new Logger(SweepApprovedUseCase.name);
  private readonly pageSize: number;

  constructor(
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    private readonly dataSource: DataSource,
    private readonly intake: EntryIntake,
    private readonly checkpoints: FeedCheckpoints,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.pageSize = config.getOrThrow<number>('TIME_PAGE_SIZE');
  }

  /** One pass over both lists; returns how many entries changed. */
  async execute(): Promise<number> {
    const time = await this.pass<PsaTimeEntryDto>(
      TIME_ENTRIES_FEED,
      (cursor) =>
        unwrap(
          this.psa.GET('/time-entries', {
            params: { query: { cursor, limit: this.pageSize, status: 'ANY' } },
          }),
        ),
      (record) => ({ kind: 'TIME', record }),
    );
    const expenses = await this.pass<PsaExpenseDto>(
      EXPENSES_FEED,
      (cursor) =>
        unwrap(
          this.psa.GET('/expenses', {
            params: { query: { cursor, limit: this.pageSize, status: 'ANY' } },
          }),
        ),
      (record) => ({ kind: 'EXPENSE', record }),
    );
    return time + expenses;
  }

  private async pass<T>(
    feed: string,
    read: (cursor: string | undefined) => Promise<WorkPage<T>>,
    snapshot: (record: T) => EntrySnapshot,
  ): Promise<number> {
    let cursor = await this.checkpoints.read(feed);
    let changed = 0;
    for (;;) {
      const page = await read(cursor);
      changed += await this.dataSource.transaction(async (manager) => {
        const count = await this.intake.record(manager, page.items.map(snapshot), (s, reason) =>
          this.logger.error(
            `PSA ${s.kind === 'TIME' ? 'time entry' : 'expense'} ${s.record.sourceId} ` +
              `v${s.record.sourceVersion} could not be taken in (${reason}); correct it in ` +
              `the PSA, and its new version will be`,
          ),
        );
        await this.checkpoints.save(manager, feed, page.checkpoint);
        return count;
      });
      if (!page.nextCursor) return changed;
      cursor = page.nextCursor;
    }
  }
}
