import { Injectable } from '@nestjs/common';
import { FeedCheckpointStore } from '@p2c/persistence';
import { ChangePosition } from '../changes/change-position';
import { CrmFeed } from './crm-feed';

export interface StoredCheckpoint {
  feed: CrmFeed;
  consumer: string;
  position: ChangePosition;
  updatedAt: Date;
}

/** system-crm's feeds are stored as `crm.<feed>`. */
const stored = (feed: CrmFeed) => `crm.${feed}`;

/** Consumers' checkpoints in the CRM's change feeds, only ever moved forwards. */
@Injectable()
export class CheckpointStore {
  constructor(private readonly store: FeedCheckpointStore) {}

  async get(feed: CrmFeed, consumer: string): Promise<StoredCheckpoint | undefined> {
    const found = await this.store.get(stored(feed), consumer);
    return found && { feed, consumer, ...found };
  }

  /**
   * Moves the checkpoint to `position` unless it already stands there or further on (a late or
   * repeated save changes nothing); answers the checkpoint as it now is.
   */
  async advance(
    feed: CrmFeed,
    consumer: string,
    position: ChangePosition,
  ): Promise<StoredCheckpoint> {
    return { feed, consumer, ...(await this.store.advance(stored(feed), consumer, position)) };
  }

  /** Forgets the checkpoint: the consumer reads the feed from its start again. */
  remove(feed: CrmFeed, consumer: string): Promise<void> {
    return this.store.remove(stored(feed), consumer);
  }
}
