import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import type { PsaExpenseDto, PsaTimeEntryDto } from '@p2c/canonical';
import { OutboxRelay } from '@p2c/messaging';
import { EntryIntake } from './entry-intake';
import type { EntrySnapshot } from './entry-snapshot';
import { PSA_CONSUMER, PsaFeed, PsaFeedCheckpoints } from './psa-feed-checkpoints';

interface WorkPage<T> {
  items: T[];
  nextCursor?: string;
  checkpoint: string;
}

/**
 * The safety net behind webhooks and the feed: a pass over the PSA's time entries and expenses
 * changed since the last one (approved ones, and withdrawn approvals of entries already known),
 * each page handed to the intake, then checkpointed at system-psa (a crash in between reads the
 * page again, as repeats). What the webhooks or the feed already brought changes nothing.
 */
@Injectable()
export class SweepApprovedUseCase {
  private readonly logger = new Logger(SweepApprovedUseCase.name);
  private readonly pageSize: number;

  constructor(
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    private readonly dataSource: DataSource,
    private readonly intake: EntryIntake,
    private readonly checkpoints: PsaFeedCheckpoints,
    private readonly relay: OutboxRelay,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.pageSize = config.getOrThrow<number>('TIME_PAGE_SIZE');
  }

  /** One pass over both lists; returns how many entries changed. */
  async execute(): Promise<number> {
    const time = await this.pass<PsaTimeEntryDto>(
      'time-entries',
      (cursor) =>
        unwrap(
          this.psa.GET('/time-entries', {
            params: {
              query: { cursor, consumer: PSA_CONSUMER, limit: this.pageSize, status: 'ANY' },
            },
          }),
        ),
      (record) => ({ kind: 'TIME', record }),
    );
    const expenses = await this.pass<PsaExpenseDto>(
      'expenses',
      (cursor) =>
        unwrap(
          this.psa.GET('/expenses', {
            params: {
              query: { cursor, consumer: PSA_CONSUMER, limit: this.pageSize, status: 'ANY' },
            },
          }),
        ),
      (record) => ({ kind: 'EXPENSE', record }),
    );
    return time + expenses;
  }

  private async pass<T>(
    feed: PsaFeed,
    read: (cursor: string | undefined) => Promise<WorkPage<T>>,
    snapshot: (record: T) => EntrySnapshot,
  ): Promise<number> {
    let cursor: string | undefined; // none: system-psa reads on from the checkpoint
    let changed = 0;
    for (;;) {
      const page = await read(cursor);
      changed += await this.dataSource.transaction((manager) =>
        this.intake.record(manager, page.items.map(snapshot), (s, reason) =>
          this.logger.error(
            `PSA ${s.kind === 'TIME' ? 'time entry' : 'expense'} ${s.record.sourceId} ` +
              `v${s.record.sourceVersion} could not be taken in (${reason}); correct it in ` +
              `the PSA, and its new version will be`,
          ),
        ),
      );
      if (changed > 0) this.relay.publishNow();
      await this.checkpoints.save(feed, page.checkpoint);
      if (!page.nextCursor) return changed;
      cursor = page.nextCursor;
    }
  }
}
