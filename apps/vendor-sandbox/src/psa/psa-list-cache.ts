import { Injectable } from '@nestjs/common';
import type { PsaCollection } from './psa-collections';
import type { PsaRecord } from './psa-record';
import type { PsaState } from './psa-state';

interface CachedListing {
  state: PsaState;
  revision: number;
  rows: PsaRecord[];
}

/** How many listings (collection + filters) are kept; the least recently used goes first. */
const CAPACITY = 8;

/**
 * The records a listing matches, kept while the collection is unchanged, so paging through
 * 100,000 records costs one scan, not one per page.
 */
@Injectable()
export class PsaListCache {
  private readonly listings = new Map<string, CachedListing>();

  rows(
    state: PsaState,
    collection: PsaCollection,
    key: string,
    compute: () => PsaRecord[],
  ): PsaRecord[] {
    const revision = state.revision(collection);
    const cacheKey = `${collection}?${key}`;
    const cached = this.listings.get(cacheKey);
    this.listings.delete(cacheKey);
    const listing =
      cached && cached.state === state && cached.revision === revision
        ? cached
        : { state, revision, rows: compute() };
    this.listings.set(cacheKey, listing);
    if (this.listings.size > CAPACITY) this.listings.delete(this.listings.keys().next().value!);
    return listing.rows;
  }
}
