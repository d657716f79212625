import { LRUCache } from 'lru-cache';

const KEY = 'all';

/**
 * A list read from the ERP and reused for `ttlMs`. Callers asking at once share one read. A lookup
 * that misses reads the list again (the record may be new), but not more often than every
 * `minRefreshMs`, so repeated lookups of something that does not exist cannot flood the ERP. A
 * read that fails once the time is up answers the last good list, so a flaky ERP does not fail
 * every lookup that was served a moment ago.
 */
export class RefreshingList<T extends object> {
  private readonly cache: LRUCache<typeof KEY, T[]>;
  private loadedAt = 0;

  constructor(
    load: () => Promise<T[]>,
    ttlMs: number,
    private readonly minRefreshMs = Math.min(1000, ttlMs),
  ) {
    this.cache = new LRUCache<typeof KEY, T[]>({
      max: 1,
      ttl: ttlMs,
      fetchMethod: (_key, lastGood) =>
        orLastGood(async () => {
          const items = await load();
          this.loadedAt = Date.now();
          return items;
        }, lastGood),
    });
  }

  async all(options: { fresh?: boolean } = {}): Promise<T[]> {
    return (await this.cache.fetch(KEY, { forceRefresh: options.fresh })) ?? [];
  }

  /** The first item that matches, reading the list again once if the cached one has none. */
  async find(matches: (item: T) => boolean): Promise<T | undefined> {
    const cached = (await this.all()).find(matches);
    if (cached || Date.now() - this.loadedAt < this.minRefreshMs) return cached;
    return (await this.all({ fresh: true })).find(matches);
  }
}

/**
 * What `read` answers, or the value it was to refresh when it fails (kept for another time to
 * live); without one the failure goes to the caller. A cache's refresh failing must not turn a
 * known reference into an unknown one.
 */
export async function orLastGood<T>(read: () => Promise<T>, lastGood: T | undefined): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (lastGood === undefined) throw error;
    return lastGood;
  }
}
