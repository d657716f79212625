import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TimestampedEntity } from './timestamped.entity';

/**
 * `running`: the sides are being read and compared; `completed`: its figures and differences are
 * kept; `failed`: a system could not be read through every retry (an exception waits).
 */
export type ReconciliationStatus = 'running' | 'completed' | 'failed';

/** `request`: someone asked for it; `schedule`: the nightly schedule of its legal entity. */
export type ReconciliationTrigger = 'request' | 'schedule';

/**
 * One reconciliation of a legal entity's period (process-billing's state): what the PSA approved,
 * the ledger and the ERP hold, and what was billed, invoiced and paid, per project and type.
 */
@Entity({ name: 'reconciliations' })
@Index('ix_reconciliations_entity', ['legalEntity', 'period', 'createdAt'])
@Index('ix_reconciliations_created', ['createdAt', 'id'])
@Unique('uq_reconciliations_schedule', ['legalEntity', 'period', 'scheduledFor'])
@Check('ck_reconciliations_status', `"status" IN ('running', 'completed', 'failed')`)
@Check('ck_reconciliations_trigger', `"trigger" IN ('request', 'schedule')`)
@Check('ck_reconciliations_period', `"period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
export class Reconciliation extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reconciliations' })
  id: string;

  @Column({ name: 'legal_entity', type: 'text' })
  legalEntity: string;

  /** YYYY-MM: work of this month, and what bills it */
  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'text', default: 'running' })
  status: ReconciliationStatus;

  @Column({ type: 'text' })
  trigger: ReconciliationTrigger;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy: string;

  /** the schedule's tick that made it (unique per entity and period): a retried tick adds none */
  @Column({ name: 'scheduled_for', type: 'timestamptz', nullable: true })
  scheduledFor: Date | null;

  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId: string | null;

  /** how many entries differ between the sides */
  @Column({ type: 'integer', default: 0 })
  differences: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
