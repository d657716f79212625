import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { BelongsTo } from './belongs-to.decorator';
import { minorUnitsTransformer } from '../transformers/minor-units.transformer';
import { BillingEvent } from './billing-event.entity';
import { BillingScheduleLine } from './billing-schedule-line.entity';

export type BillingEventItemKind = 'TIME' | 'EXPENSE' | 'FEE' | 'RETAINER' | 'MILESTONE';

/**
 * One source a billing event bills: a process-time posting at the version the ERP holds (or the
 * difference a newer version makes to what was billed of it), or a fee, retainer or milestone
 * schedule line. Unique on the source, so a posting version or a schedule line is billed at most
 * once, whichever run finds it.
 */
@Entity({ name: 'billing_event_items' })
@Unique('uq_billing_event_items_source', ['postingId', 'postedVersion'])
@Index('ix_billing_event_items_event', ['billingEventId'])
@Unique('uq_billing_event_items_schedule_line', ['scheduleLineId'])
@Check(
  'ck_billing_event_items_kind',
  `"kind" IN ('TIME', 'EXPENSE', 'FEE', 'RETAINER', 'MILESTONE')`,
)
@Check(
  'ck_billing_event_items_one_source',
  `("posting_id" IS NOT NULL AND "posted_version" IS NOT NULL) <> ("schedule_line_id" IS NOT NULL)`,
)
export class BillingEventItem {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_billing_event_items' })
  id: string;

  @Column({ name: 'billing_event_id', type: 'uuid' })
  billingEventId: string;

  @BelongsTo(() => BillingEvent, 'billing_event_id', 'fk_billing_event_items_event')
  billingEvent?: BillingEvent;

  @Column({ type: 'text' })
  kind: BillingEventItemKind;

  /** process-time's posting id, e.g. `psa-time-31000017` */
  @Column({ name: 'posting_id', type: 'text', nullable: true })
  postingId: string | null;

  @Column({ name: 'posted_version', type: 'integer', nullable: true })
  postedVersion: number | null;

  /** when the ERP took the posting version (invoice readiness is measured from it) */
  @Column({ name: 'posted_at', type: 'timestamptz', nullable: true })
  postedAt: Date | null;

  @Column({ name: 'schedule_line_id', type: 'uuid', nullable: true })
  scheduleLineId: string | null;

  // a billed line is never deleted: no cascade
  @ManyToOne(() => BillingScheduleLine)
  @JoinColumn({
    name: 'schedule_line_id',
    foreignKeyConstraintName: 'fk_billing_event_items_schedule_line',
  })
  scheduleLine?: BillingScheduleLine;

  /** a schedule line: what it bills, e.g. `Discovery sign-off` */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** where the posting's entry came from (`psa`); null on items billed before it was kept */
  @Column({ name: 'source_system', type: 'text', nullable: true })
  sourceSystem: string | null;

  /** the source's id of the time entry or expense, e.g. the PSA's `31000017` */
  @Column({ name: 'source_id', type: 'text', nullable: true })
  sourceId: string | null;

  /** time: the role the hours were logged in */
  @Column({ type: 'text', nullable: true })
  role: string | null;

  @Column({ name: 'work_date', type: 'date', nullable: true })
  workDate: string | null;

  @Column({ name: 'accounting_period', type: 'text' })
  accountingPeriod: string;

  @Column({ type: 'integer', nullable: true })
  minutes: number | null;

  /** time: the hourly bill rate */
  @Column({
    name: 'rate_minor',
    type: 'bigint',
    nullable: true,
    transformer: minorUnitsTransformer,
  })
  rateMinor: number | null;

  /**
   * what it bills: hours × rate, the expense with the contract's markup, the schedule line's
   * amount; negative for a correction that bills less than before
   */
  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnitsTransformer })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
