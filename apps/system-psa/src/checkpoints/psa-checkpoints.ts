import { Injectable } from '@nestjs/common';
import { FeedCheckpointStore, StoredFeedCheckpoint } from '@p2c/persistence';
import type { CheckpointKeeper, SavedCheckpoint } from '@p2c/platform';
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
export class PsaCheckpoints implements CheckpointKeeper<PsaFeed> {
  constructor(private readonly store: FeedCheckpointStore) {}

  async find(feed: PsaFeed, consumer: string): Promise<SavedCheckpoint | undefined> {
    const found = await this.store.get(stored(feed), consumer);
    return found && asSaved(found);
  }

  /** The cursor a read resumes from: its own, else the consumer's checkpoint, else none. */
  async resume(feed: PsaFeed, query: { cursor?: string; consumer?: string }) {
    if (query.cursor || !query.consumer) return query.cursor;
    return (await this.find(feed, query.consumer))?.cursor;
  }

  /** Saves a cursor of that feed (400 INVALID_CURSOR for one of another list). */
  async save(feed: PsaFeed, consumer: string, cursor: string): Promise<SavedCheckpoint> {
    decodeCursor(PSA_FEED_LISTS[feed], cursor, {});
    const position = { at: new Date().toISOString(), id: cursor };
    return asSaved(await this.store.advance(stored(feed), consumer, position));
  }

  remove(feed: PsaFeed, consumer: string): Promise<void> {
    return this.store.remove(stored(feed), consumer);
  }
}

function asSaved({ position, updatedAt }: StoredFeedCheckpoint): SavedCheckpoint {
  return { cursor: position.id, updatedAt };
}
