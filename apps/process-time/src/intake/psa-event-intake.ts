import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PsaEventDto } from '@p2c/canonical';
import { RetryRateMissingUseCase } from '../exceptions/retry-rate-missing.use-case';
import { EntryIntake } from './entry-intake';
import type { EntrySnapshot } from './entry-snapshot';
import { snapshotOf } from './psa-events';

/**
 * What process-time does with PSA events, however they came (a psa-events job, the feed), in the
 * caller's transaction: entry versions go to the intake, a changed rate card retries the
 * RATE_MISSING exceptions it may fix. An event without its record, or with one the database
 * refuses, is handed to `refused` with why and holds nothing else up. Returns how many entries
 * changed.
 */
@Injectable()
export class PsaEventIntake {
  constructor(
    private readonly intake: EntryIntake,
    private readonly rateMissing: RetryRateMissingUseCase,
  ) {}

  async take(
    manager: EntityManager,
    events: PsaEventDto[],
    refused: (event: PsaEventDto, reason: string) => void,
  ): Promise<number> {
    const snapshots = new Map<EntrySnapshot, PsaEventDto>();
    const rateCards = new Set<string>();
    for (const event of events) {
      const snapshot = snapshotOf(event);
      if (snapshot) snapshots.set(snapshot, event);
      else if (event.type === 'RATE_CARD_CHANGED' && event.rateCard) rateCards.add(event.rateCard);
      else refused(event, 'the event carries no time entry, expense or rate card');
    }
    const changed = await this.intake.record(manager, [...snapshots.keys()], (snapshot, reason) =>
      refused(snapshots.get(snapshot)!, `the record was refused: ${reason}`),
    );
    for (const rateCard of rateCards) await this.rateMissing.execute(manager, rateCard);
    return changed;
  }
}
