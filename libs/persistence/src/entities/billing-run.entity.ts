import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from './timestamped.entity';

/**
 * `planning`: the unbilled work is being read and grouped into billing events;
 * `invoicing`: each event's invoice is on its way; `awaiting_approval`: the rest is done and some
 * events wait for finance's approval; `completed`: every event is invoiced (or rejected);
 * `completed_with_exceptions`: the run is done and some events wait as exceptions.
 */
export type BillingRunStatus =
  'planning' | 'invoicing' | 'awaiting_approval' | 'completed' | 'completed_with_exceptions';

/** `request`: started through the API; `schedule`: the entity's billing schedule started it. */
export type BillingRunTrigger = 'request' | 'schedule';

/** A billing run of one legal entity for one period (process-billing's state). */
@Entity({ name: 'billing_runs' })
@Index('ix_billing_runs_entity', ['legalEntity', 'period', 'createdAt'])
@Index('ix_billing_runs_unsettled', ['updatedAt'], {
  where: `"status" IN ('planning', 'invoicing')`,
})
@Index('uq_billing_runs_scheduled', ['legalEntity', 'period'], {
  unique: true,
  where: `"trigger" = 'schedule'`,
})
@Check(
  'ck_billing_runs_status',
  `"status" IN ('planning', 'invoicing', 'awaiting_approval', 'completed', 'completed_with_exceptions')`,
)
@Check('ck_billing_runs_trigger', `"trigger" IN ('request', 'schedule')`)
@Check('ck_billing_runs_period', `"period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
export class BillingRun extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_billing_runs' })
  id: string;

  @Column({ name: 'legal_entity', type: 'text' })
  legalEntity: string;

  /** YYYY-MM: what is billed is posted in this period or an earlier one */
  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'text', default: 'planning' })
  status: BillingRunStatus;

  /** the legal entity's tax rate when the run started, a decimal such as "0.20" */
  @Column({ name: 'tax_rate', type: 'text' })
  taxRate: string;

  @Column({ type: 'text', default: 'request' })
  trigger: BillingRunTrigger;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy: string;

  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId: string | null;

  @Column({ name: 'planned_at', type: 'timestamptz', nullable: true })
  plannedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** times the recovery sweep picked the run up again, stuck with no job left to move it */
  @Column({ type: 'integer', default: 0 })
  recoveries: number;

  @Column({ name: 'recovered_at', type: 'timestamptz', nullable: true })
  recoveredAt: Date | null;
}
