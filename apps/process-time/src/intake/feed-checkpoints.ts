import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SyncCheckpoint } from '@p2c/persistence';

const CONSUMER = 'process-time';

/**
 * Where process-time got to in each PSA pass (events, time entries, expenses): the opaque
 * cursor system-psa handed out, saved in the same transaction as what the page brought in.
 */
@Injectable()
export class FeedCheckpoints {
  constructor(private readonly dataSource: DataSource) {}

  async read(feed: string): Promise<string | undefined> {
    const found = await this.dataSource
      .getRepository(SyncCheckpoint)
      .findOneBy({ feed, consumer: CONSUMER });
    return found?.positionId;
  }

  async save(manager: EntityManager, feed: string, cursor: string): Promise<void> {
    await manager.query(
      `INSERT INTO sync_checkpoints (feed, consumer, position_at, position_id)
       VALUES ($1, $2, now(), $3)
       ON CONFLICT (feed, consumer)
       DO UPDATE SET position_at = now(), position_id = EXCLUDED.position_id, updated_at = now()`,
      [feed, CONSUMER, cursor],
    );
  }

  async forget(feed: string): Promise<void> {
    await this.dataSource.getRepository(SyncCheckpoint).delete({ feed, consumer: CONSUMER });
  }
}
