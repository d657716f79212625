import { Injectable } from '@nestjs/common';
import { EntryPricer } from '../pricing/entry-pricer';
import type { PricedEntry } from '../pricing/priced-entry';
import { PostingBlockedException } from './posting-blocked.exception';
import { PostingBusyException } from './posting-busy.exception';
import { PostEntryUseCase, PricedPosting } from './post-entry.use-case';
import { PostingLeases } from './posting-leases';
import { PostingRow, wantsPosted } from './posting-row';

/** An entry a pass could not bring in line, left for a job of its own and its retries. */
export interface LeftOver {
  postingId: string;
  error: unknown;
}

/**
 * Brings many entries' postings in line in one pass, as month-end approvals arrive: their leases
 * taken in one statement, the new versions priced and posted together (PostEntryUseCase.postAll:
 * one transaction before the ERP, full batch calls, one after). What the pass does not cover —
 * an entry already in line, a reversal, a version whose pricing failed or that a newer one
 * overtook — goes through PostEntryUseCase one at a time under the same leases, so each ends as
 * a single job would. Answers the entries held by another job or failing in a way worth
 * retrying; a refused one is blocked with its exception, as alone.
 */
@Injectable()
export class PostEntriesUseCase {
  constructor(
    private readonly leases: PostingLeases,
    private readonly pricer: EntryPricer,
    private readonly single: PostEntryUseCase,
  ) {}

  async execute(postingIds: readonly string[], holder: string): Promise<LeftOver[]> {
    const rows = await this.leases.claimAll(postingIds, holder);
    const claimed = new Set(rows.map((row) => row.id));
    const leftOver: LeftOver[] = postingIds
      .filter((id) => !claimed.has(id))
      .map((id) => ({ postingId: id, error: new PostingBusyException(id) }));
    const fresh = rows.filter(needsPosting);
    const alone = rows.filter((row) => !needsPosting(row)).map((row) => row.id);

    const prices = await Promise.allSettled(fresh.map((row) => this.price(row)));
    const ready: PricedPosting[] = [];
    fresh.forEach((row, i) => {
      const price = prices[i];
      if (price.status === 'fulfilled') ready.push({ row, priced: price.value });
      else alone.push(row.id);
    });
    const outcomes = ready.length > 0 ? await this.single.postAll(ready, holder) : [];
    for (const [i, outcome] of outcomes.entries()) {
      const { row } = ready[i];
      if (outcome.status === 'fulfilled') {
        if (!outcome.value) alone.push(row.id);
      } else if (outcome.reason instanceof PostingBlockedException) {
        await this.single.block(row, holder, outcome.reason);
      } else {
        await this.leases.release(row.id, holder, (outcome.reason as Error).message);
        leftOver.push({ postingId: row.id, error: outcome.reason });
      }
    }

    const singles = await Promise.allSettled(
      alone.map((postingId) => this.single.execute({ postingId, holder, fresh: false })),
    );
    singles.forEach((outcome, i) => {
      if (outcome.status === 'rejected' && !(outcome.reason instanceof PostingBlockedException))
        leftOver.push({ postingId: alone[i], error: outcome.reason });
    });
    return leftOver;
  }

  private price(row: PostingRow): Promise<PricedEntry> {
    return row.kind === 'EXPENSE'
      ? this.pricer.priceExpense(row.latest, false)
      : this.pricer.priceTime(row.latest, false);
  }
}

/** A version the ERP does not hold yet (the common case at month-end). */
function needsPosting(row: PostingRow): boolean {
  return wantsPosted(row) && !(row.status === 'posted' && row.postedVersion === row.latestVersion);
}
