import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { BelongsTo } from './belongs-to.decorator';
import { BillingRun } from './billing-run.entity';
import { minorUnitsTransformer } from '../transformers/minor-units.transformer';
import { TimestampedEntity } from './timestamped.entity';

/**
 * `pending_approval`: above its legal entity's approval threshold, it waits for finance;
 * `pending`: its invoice is on its way to the ERP; `invoiced`: the ERP holds it; `failed`: an
 * exception waits (a refusal releases its items to be billed by a later run); `rejected`: finance
 * rejected it and its items were released.
 */
export type BillingEventStatus =
  'pending_approval' | 'pending' | 'invoiced' | 'failed' | 'rejected';

export const BILLING_EVENT_STATUSES: readonly BillingEventStatus[] = [
  'pending_approval',
  'pending',
  'invoiced',
  'failed',
  'rejected',
];

export type BillingModel = 'TIME_AND_MATERIALS' | 'FIXED_FEE' | 'MILESTONE' | 'RETAINER';

/** `invoice`, or `credit_memo` for an event that nets negative (corrections of invoiced work). */
export type BillingDocument = 'invoice' | 'credit_memo';

/**
 * What one run bills one project: its items (each a source posting), the net and the tax the
 * gateway expects, and the ERP invoice raised under the event's id as external id.
 */
@Entity({ name: 'billing_events' })
@Unique('uq_billing_events_run_project', ['runId', 'project'])
@Index('ix_billing_events_project', ['project', 'createdAt'])
@Index('ix_billing_events_status', ['status', 'legalEntity'])
@Check(
  'ck_billing_events_status',
  `"status" IN ('pending_approval', 'pending', 'invoiced', 'failed', 'rejected')`,
)
@Check(
  'ck_billing_events_model',
  `"billing_model" IN ('TIME_AND_MATERIALS', 'FIXED_FEE', 'MILESTONE', 'RETAINER')`,
)
@Check('ck_billing_events_document', `"document" IN ('invoice', 'credit_memo')`)
export class BillingEvent extends TimestampedEntity {
  /** the ERP invoice's external id */
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_billing_events' })
  id: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;

  @BelongsTo(() => BillingRun, 'run_id', 'fk_billing_events_run')
  run?: BillingRun;

  @Column({ type: 'text' })
  project: string;

  @Column({ name: 'legal_entity', type: 'text' })
  legalEntity: string;

  @Column({ type: 'text' })
  period: string;

  @Column({ name: 'billing_model', type: 'text', default: 'TIME_AND_MATERIALS' })
  billingModel: BillingModel;

  @Column({ type: 'text', default: 'invoice' })
  document: BillingDocument;

  /** a credit memo: the invoiced event whose work it corrects */
  @Column({ name: 'credited_event_id', type: 'uuid', nullable: true })
  creditedEventId: string | null;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'net_minor', type: 'bigint', transformer: minorUnitsTransformer })
  netMinor: number;

  /** the net total's tax at the legal entity's rate, half up to the cent */
  @Column({ name: 'tax_minor', type: 'bigint', transformer: minorUnitsTransformer })
  taxMinor: number;

  @Column({ type: 'text', default: 'pending' })
  status: BillingEventStatus;

  @Column({ name: 'issue_date', type: 'date' })
  issueDate: string;

  @Column({ name: 'invoice_erp_id', type: 'text', nullable: true })
  invoiceErpId: string | null;

  @Column({ name: 'invoice_number', type: 'text', nullable: true })
  invoiceNumber: string | null;

  @Column({
    name: 'invoice_net_minor',
    type: 'bigint',
    nullable: true,
    transformer: minorUnitsTransformer,
  })
  invoiceNetMinor: number | null;

  @Column({
    name: 'invoice_tax_minor',
    type: 'bigint',
    nullable: true,
    transformer: minorUnitsTransformer,
  })
  invoiceTaxMinor: number | null;

  @Column({
    name: 'invoice_total_minor',
    type: 'bigint',
    nullable: true,
    transformer: minorUnitsTransformer,
  })
  invoiceTotalMinor: number | null;

  @Column({ name: 'exception_id', type: 'uuid', nullable: true })
  exceptionId: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'invoiced_at', type: 'timestamptz', nullable: true })
  invoicedAt: Date | null;

  /** who approved or rejected it (the approval gate), and when */
  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;
}
