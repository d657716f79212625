/** A consumer's checkpoint in a feed, as the cursor a read resumes from. */
export interface SavedCheckpoint {
  cursor: string;
  updatedAt: Date;
}

/** How a system API keeps its consumers' checkpoints in its feeds (`Feed`: the feeds it has). */
export interface CheckpointKeeper<Feed extends string> {
  find(feed: Feed, consumer: string): Promise<SavedCheckpoint | undefined>;
  /** Saves a cursor the API issued for that feed (400 INVALID_CURSOR otherwise). */
  save(feed: Feed, consumer: string, cursor: string): Promise<SavedCheckpoint>;
  /** Forgets the checkpoint: the consumer reads the feed from its start again. */
  remove(feed: Feed, consumer: string): Promise<void>;
}
