import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { minorUnitsTransformer } from '../transformers/minor-units.transformer';
import type { BillingModel } from './billing-event.entity';
import { TimestampedEntity } from './timestamped.entity';

/**
 * One line of a project's billing schedule, as the PSA holds its milestones: a fixed fee's
 * instalment or a retainer's month (billed once due), or a milestone (billed once the PSA reports
 * it completed). A billing event item that names the line is what marks it billed.
 */
@Entity({ name: 'billing_schedule_lines' })
@Unique('uq_billing_schedule_lines_milestone', ['project', 'milestone'])
@Index('ix_billing_schedule_lines_entity', ['legalEntity', 'dueDate'])
@Check(
  'ck_billing_schedule_lines_model',
  `"billing_model" IN ('FIXED_FEE', 'MILESTONE', 'RETAINER')`,
)
export class BillingScheduleLine extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_billing_schedule_lines' })
  id: string;

  @Column({ type: 'text' })
  project: string;

  @Column({ name: 'legal_entity', type: 'text' })
  legalEntity: string;

  @Column({ name: 'billing_model', type: 'text' })
  billingModel: Exclude<BillingModel, 'TIME_AND_MATERIALS'>;

  /** the canonical milestone id, e.g. `MS-102-1` */
  @Column({ type: 'text' })
  milestone: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnitsTransformer })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  /** a milestone: the day the PSA reported it completed; it is billable from then on */
  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;
}
