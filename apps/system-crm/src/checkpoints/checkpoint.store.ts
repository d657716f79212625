import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChangePosition } from '../changes/change-position';
import { CrmFeed } from './crm-feed';

export interface StoredCheckpoint {
  feed: CrmFeed;
  consumer: string;
  position: ChangePosition;
  updatedAt: Date;
}

interface Row {
  position_at: Date;
  position_id: string;
  updated_at: Date;
}

/** The table is shared: system-crm's feeds are stored as `crm.<feed>`. */
const stored = (feed: CrmFeed) => `crm.${feed}`;

/** Consumers' checkpoints in `sync_checkpoints`, only ever moved forwards. */
@Injectable()
export class CheckpointStore {
  constructor(private readonly dataSource: DataSource) {}

  async get(feed: CrmFeed, consumer: string): Promise<StoredCheckpoint | undefined> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT position_at, position_id, updated_at FROM sync_checkpoints
        WHERE feed = $1 AND consumer = $2`,
      [stored(feed), consumer],
    );
    return rows[0] && checkpoint(feed, consumer, rows[0]);
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
    await this.dataSource.query(
      `INSERT INTO sync_checkpoints AS saved (feed, consumer, position_at, position_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (feed, consumer) DO UPDATE
         SET position_at = EXCLUDED.position_at, position_id = EXCLUDED.position_id,
             updated_at = now()
         WHERE (saved.position_at, saved.position_id) < (EXCLUDED.position_at, EXCLUDED.position_id)`,
      [stored(feed), consumer, position.at, position.id],
    );
    const saved = await this.get(feed, consumer);
    if (!saved) throw new Error(`checkpoint ${feed}/${consumer} vanished while it was saved`);
    return saved;
  }

  /** Forgets the checkpoint: the consumer reads the feed from its start again. */
  async remove(feed: CrmFeed, consumer: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sync_checkpoints WHERE feed = $1 AND consumer = $2`, [
      stored(feed),
      consumer,
    ]);
  }
}

function checkpoint(feed: CrmFeed, consumer: string, row: Row): StoredCheckpoint {
  return {
    feed,
    consumer,
    position: { at: row.position_at.toISOString(), id: row.position_id },
    updatedAt: row.updated_at,
  };
}
