import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PsaEventDto } from '@p2c/canonical';
import { sqlRows } from '../common/sql-rows';
import { RetryRateMissingUseCase } from '../exceptions/retry-rate-missing.use-case';
import { EntryIntake } from './entry-intake';
import type { EntrySnapshot } from './entry-snapshot';
import { TIME_EVENT_TYPES, snapshotOf } from './psa-events';

const BATCH = 200;

interface InboxRow {
  id: string;
  payload: PsaEventDto;
}

/**
 * Takes PSA events out of the inbox (signed webhooks, and the feed's events, both unique on the
 * PSA's event id) in arrival order, a batch per transaction claimed with SKIP LOCKED so several
 * workers share the work: entry versions go to the intake, a changed rate card retries the
 * RATE_MISSING exceptions it may fix. An event without its record, or with one the database
 * refuses, is marked failed (with why) and holds nothing else up.
 */
@Injectable()
export class DrainInboxUseCase {
  private readonly logger = new Logger(DrainInboxUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly intake: EntryIntake,
    private readonly rateMissing: RetryRateMissingUseCase,
  ) {}

  async execute(): Promise<number> {
    let total = 0;
    for (;;) {
      const handled = await this.dataSource.transaction(async (manager) => {
        const rows = await sqlRows<InboxRow>(
          manager,
          `SELECT id, payload FROM inbox_messages
            WHERE status = 'received' AND source_system = 'psa' AND event_type = ANY($1)
            ORDER BY received_at
            LIMIT $2
              FOR UPDATE SKIP LOCKED`,
          [TIME_EVENT_TYPES, BATCH],
        );
        const snapshots = new Map<EntrySnapshot, string>();
        const rateCards = new Set<string>();
        const bad = new Map<string, string>();
        for (const { id, payload } of rows) {
          const snapshot = snapshotOf(payload);
          if (snapshot) snapshots.set(snapshot, id);
          else if (payload.type === 'RATE_CARD_CHANGED' && payload.rateCard)
            rateCards.add(payload.rateCard);
          else bad.set(id, 'the event carries no time entry, expense or rate card');
        }
        await this.intake.record(manager, [...snapshots.keys()], (snapshot, reason) =>
          bad.set(snapshots.get(snapshot)!, `the record was refused: ${reason}`),
        );
        for (const rateCard of rateCards) await this.rateMissing.execute(manager, rateCard);
        const good = rows.map((row) => row.id).filter((id) => !bad.has(id));
        await manager.query(
          `UPDATE inbox_messages
              SET status = 'processed', processed_at = now(), attempts = attempts + 1
            WHERE id = ANY($1::uuid[])`,
          [good],
        );
        for (const [id, reason] of bad) {
          this.logger.warn(`PSA event in inbox row ${id} marked failed: ${reason}`);
          await manager.query(
            `UPDATE inbox_messages
                SET status = 'failed', attempts = attempts + 1, last_error = $2
              WHERE id = $1`,
            [id, reason.slice(0, 2000)],
          );
        }
        return rows.length;
      });
      total += handled;
      if (handled < BATCH) return total;
    }
  }
}
