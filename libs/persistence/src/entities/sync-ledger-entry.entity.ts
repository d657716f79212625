import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { minorUnitsTransformer } from '../transformers/minor-units.transformer';
import type { LedgerSystem } from './system-names';
import { TimestampedEntity } from './timestamped.entity';

/**
 * `pending`: claimed, the target write not yet confirmed; `succeeded`: the target holds it;
 * `failed`: given up on (an exception row says why); `reversed`: undone by a correction or rejection.
 */
export type SyncLedgerStatus = 'pending' | 'succeeded' | 'failed' | 'reversed';

/**
 * One hop of a record from a source to a target (PSA time entry v2 → ERP timeBill, posting →
 * billing event → ERP invoice → payment): the lineage, and the claim that makes a posting happen
 * exactly once. The unique hop means a version of a source record goes to a target once per flow;
 * its id is the external id the target write uses.
 */
@Entity({ name: 'sync_ledger' })
@Unique('uq_sync_ledger_hop', ['sourceSystem', 'sourceId', 'sourceVersion', 'targetSystem', 'flow'])
@Index('ix_sync_ledger_source', ['sourceSystem', 'sourceType', 'sourceId'])
@Index('ix_sync_ledger_target', ['targetSystem', 'targetType', 'targetId'], {
  where: `"target_id" IS NOT NULL`,
})
@Index('ix_sync_ledger_correlation', ['correlationId'])
@Index('ix_sync_ledger_unfinished', ['flow', 'createdAt'], {
  where: `"status" IN ('pending', 'failed')`,
})
@Index('ix_sync_ledger_reconciliation', [
  'legalEntity',
  'accountingPeriod',
  'projectId',
  'sourceType',
])
@Check('ck_sync_ledger_status', `"status" IN ('pending', 'succeeded', 'failed', 'reversed')`)
@Check('ck_sync_ledger_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_sync_ledger_amount_has_currency', `("amount_minor" IS NULL) = ("currency" IS NULL)`)
export class SyncLedgerEntry extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sync_ledger' })
  id: string;

  /** e.g. `time-posting`, `time-reversal`, `billing`, `invoicing`, `payment-status` */
  @Column({ type: 'text' })
  flow: string;

  @Column({ name: 'source_system', type: 'text' })
  sourceSystem: LedgerSystem;

  @Column({ name: 'source_type', type: 'text' })
  sourceType: string;

  @Column({ name: 'source_id', type: 'text' })
  sourceId: string;

  /** the source's version of the record (a PSA entry's revision, an ERP record's timestamp) */
  @Column({ name: 'source_version', type: 'text' })
  sourceVersion: string;

  @Column({ name: 'target_system', type: 'text' })
  targetSystem: LedgerSystem;

  @Column({ name: 'target_type', type: 'text' })
  targetType: string;

  /** known once the target confirmed the write */
  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'text', default: 'pending' })
  status: SyncLedgerStatus;

  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId: string | null;

  /** reconciliation dimensions: what the hop moved, where it was booked */
  @Column({ name: 'legal_entity', type: 'text', nullable: true })
  legalEntity: string | null;

  @Column({ name: 'accounting_period', type: 'text', nullable: true })
  accountingPeriod: string | null;

  /** canonical project id */
  @Column({ name: 'project_id', type: 'text', nullable: true })
  projectId: string | null;

  @Column({
    name: 'amount_minor',
    type: 'bigint',
    nullable: true,
    transformer: minorUnitsTransformer,
  })
  amountMinor: number | null;

  /** ISO 4217 */
  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
