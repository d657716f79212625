import { Injectable } from '@nestjs/common';
import { FeedCheckpointStore, StoredFeedCheckpoint } from '@p2c/persistence';
import { decodeCursor } from '../psa/cursor';
import { PSA_FEED_LISTS, PsaFeed } from './psa-feed';

/** system-psa's feeds are stored as `psa.<feed>`. */
const stored = (feed: PsaFeed) => `psa.${feed}`;

/**
 * Where each consumer has got to in system-psa's passes. A pass cursor is opaque and has no order
 * of its own, so a checkpoint's position is (when it was saved, the cursor): the latest save wins,
 * and a consumer reads each pass from one process at a time.
 */
@Injectable()
export class PsaCheckpoints {
  constructor(private readonly store: FeedCheckpointStore) {}

  get(feed: PsaFeed, consumer: string): Promise<StoredFeedCheckpoint | undefined> {
    return this.store.get(stored(feed), consumer);
  }

  /** The cursor a read resumes from: its own, else the consumer's checkpoint, else none. */
  async resume(feed: PsaFeed, query: { cursor?: string; consumer?: string }) {
    if (query.cursor || !query.consumer) return query.cursor;
    return (await this.get(feed, query.consumer))?.position.id;
  }

  /** Saves a cursor of that feed (400 INVALID_CURSOR for one of another list). */
  save(feed: PsaFeed, consumer: string, cursor: string): Promise<StoredFeedCheckpoint> {
    decodeCursor(PSA_FEED_LISTS[feed], cursor, {});
    return this.store.advance(stored(feed), consumer, {
      at: new Date().toISOString(),
      id: cursor,
    });
  }

  remove(feed: PsaFeed, consumer: string): Promise<void> {
    return this.store.remove(stored(feed), consumer);
  }
}
