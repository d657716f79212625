import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from './timestamped.entity';

/**
 * Where a named consumer of a change feed has got to (e.g. `onboarding` on the CRM's closed-won
 * opportunities): the last record it said it processed, as (modified at, record id) in the feed's
 * order. Advanced only forwards, so a late or repeated save never moves a consumer back.
 */
@Entity({ name: 'sync_checkpoints' })
export class SyncCheckpoint extends TimestampedEntity {
  /** the change feed, e.g. `crm.closed-won-opportunities` */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_sync_checkpoints' })
  feed: string;

  /** who reads it, e.g. `onboarding` */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_sync_checkpoints' })
  consumer: string;

  /** the last processed record's modification time (the vendor's, to the millisecond) */
  @Column({ name: 'position_at', type: 'timestamptz', precision: 3 })
  positionAt: Date;

  /** the last processed record's vendor id: the tiebreaker between records of one millisecond */
  @Column({ name: 'position_id', type: 'text', collation: 'C' })
  positionId: string;
}
