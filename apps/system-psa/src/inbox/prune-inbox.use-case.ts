import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';

const BATCH = 5_000;

// A row whose job is still waiting in the outbox stays, however old: its consumer has yet to
// read it.
const PRUNE = `
  DELETE FROM inbox_messages WHERE id IN (
    SELECT i.id FROM inbox_messages i
     WHERE i.received_at < now() - $1 * interval '1 day'
       AND NOT EXISTS (SELECT 1 FROM outbox_messages o
                        WHERE o.sent_at IS NULL AND o.payload->>'eventId' = i.event_id)
     LIMIT ${BATCH})`;

/**
 * Deletes inbox rows older than PSA_INBOX_RETENTION_DAYS: published ones, ones that needed
 * nothing, and ones nobody consumes yet (MILESTONE_COMPLETED until billing does), so the inbox
 * never grows without bound. The retention outlasts the PSA's own 9-day feed, so whatever the
 * inbox no longer holds is gone from the PSA too.
 */
@Injectable()
export class PruneInboxUseCase {
  private readonly retentionDays: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.retentionDays = config.getOrThrow<number>('PSA_INBOX_RETENTION_DAYS');
  }

  /** Returns how many rows went. */
  async execute(): Promise<number> {
    let pruned = 0;
    for (;;) {
      const [, affected]: [unknown, number] = await this.dataSource.query(PRUNE, [
        this.retentionDays,
      ]);
      pruned += affected;
      if (affected < BATCH) return pruned;
    }
  }
}
