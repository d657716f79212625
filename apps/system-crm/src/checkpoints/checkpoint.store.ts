import { Injectable } from '@nestjs/common';
import { FeedCheckpointStore, StoredFeedCheckpoint } from '@p2c/persistence';
import type { CheckpointKeeper, SavedCheckpoint } from '@p2c/platform';
import { decodeCursor, encodeCursor } from '../changes/change-position';
import { CrmFeed } from './crm-feed';

/** system-crm's feeds are stored as `crm.<feed>`. */
const stored = (feed: CrmFeed) => `crm.${feed}`;

/** Consumers' checkpoints in the CRM's change feeds, only ever moved forwards. */
@Injectable()
export class CheckpointStore implements CheckpointKeeper<CrmFeed> {
  constructor(private readonly store: FeedCheckpointStore) {}

  get(feed: CrmFeed, consumer: string): Promise<StoredFeedCheckpoint | undefined> {
    return this.store.get(stored(feed), consumer);
  }

  async find(feed: CrmFeed, consumer: string): Promise<SavedCheckpoint | undefined> {
    const found = await this.get(feed, consumer);
    return found && asSaved(found);
  }

  /**
   * Moves the checkpoint to the cursor's position unless it already stands there or further on
   * (a late or repeated save changes nothing); answers the checkpoint as it now is.
   */
  async save(feed: CrmFeed, consumer: string, cursor: string): Promise<SavedCheckpoint> {
    return asSaved(await this.store.advance(stored(feed), consumer, decodeCursor(cursor)));
  }

  remove(feed: CrmFeed, consumer: string): Promise<void> {
    return this.store.remove(stored(feed), consumer);
  }
}

function asSaved({ position, updatedAt }: StoredFeedCheckpoint): SavedCheckpoint {
  return { cursor: encodeCursor(position), updatedAt };
}
