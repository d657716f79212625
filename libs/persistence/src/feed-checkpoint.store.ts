import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A place in a feed: a time (to the millisecond) and an id that breaks ties within it. */
export interface FeedPosition {
  at: string;
  id: string;
}

export interface StoredFeedCheckpoint {
  position: FeedPosition;
  updatedAt: Date;
}

interface Row {
  position_at: Date;
  position_id: string;
  updated_at: Date;
}

/**
 * Where each consumer of a system API's feeds has got to, in the app's `sync_checkpoints`: the
 * checkpoints a system API keeps for the process apps that read it (GET/PUT/DELETE
 * `/checkpoints/{feed}/{consumer}`). Only ever moved forwards, so a late or repeated save changes
 * nothing.
 */
@Injectable()
export class FeedCheckpointStore {
  constructor(private readonly dataSource: DataSource) {}

  async get(feed: string, consumer: string): Promise<StoredFeedCheckpoint | undefined> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT position_at, position_id, updated_at FROM sync_checkpoints
        WHERE feed = $1 AND consumer = $2`,
      [feed, consumer],
    );
    return rows[0] && { position: positionOf(rows[0]), updatedAt: rows[0].updated_at };
  }

  /**
   * Moves the checkpoint to `position` unless it already stands there or further on; answers the
   * checkpoint as it now is.
   */
  async advance(
    feed: string,
    consumer: string,
    position: FeedPosition,
  ): Promise<StoredFeedCheckpoint> {
    await this.dataSource.query(
      `INSERT INTO sync_checkpoints AS saved (feed, consumer, position_at, position_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (feed, consumer) DO UPDATE
         SET position_at = EXCLUDED.position_at, position_id = EXCLUDED.position_id,
             updated_at = now()
         WHERE (saved.position_at, saved.position_id) < (EXCLUDED.position_at, EXCLUDED.position_id)`,
      [feed, consumer, position.at, position.id],
    );
    const saved = await this.get(feed, consumer);
    if (!saved) throw new Error(`checkpoint ${feed}/${consumer} vanished while it was saved`);
    return saved;
  }

  /** Forgets the checkpoint: the consumer reads the feed from its start again. */
  async remove(feed: string, consumer: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sync_checkpoints WHERE feed = $1 AND consumer = $2`, [
      feed,
      consumer,
    ]);
  }
}

function positionOf(row: Row): FeedPosition {
  return { at: row.position_at.toISOString(), id: row.position_id };
}
