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

/** Where an invoiced event's invoice stands with the customer, as the ERP says. */
export type InvoicePaymentStatus = 'OPEN' | 'PARTIALLY_PAID' | 'PAID' | 'VOIDED';

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
@Check(
  'ck_billing_events_payment_status',
  `"payment_status" IN ('OPEN', 'PARTIALLY_PAID', 'PAID', 'VOIDED')`,
)
@Index('ix_billing_events_receivable', ['legalEntity', 'id'], {
  where: `"status" = 'invoiced' AND "payment_status" IN ('OPEN', 'PARTIALLY_PAID')`,
})
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

  /** the payment terms' due date; the ERP's, once the payment sync has read it */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ name: 'payment_status', type: 'text', default: 'OPEN' })
  paymentStatus: InvoicePaymentStatus;

  @Column({
    name: 'amount_paid_minor',
    type: 'bigint',
    default: 0,
    transformer: minorUnitsTransformer,
  })
  amountPaidMinor: number;

  /** what the ERP says is still to pay; null until the payment sync has read it */
  @Column({
    name: 'amount_due_minor',
    type: 'bigint',
    nullable: true,
    transformer: minorUnitsTransformer,
  })
  amountDueMinor: number | null;

  /** the date of the payment that settled the invoice */
  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

  /** goes up with every change of the invoice's number, status, dates or payments */
  @Column({ name: 'standing_version', type: 'integer', default: 1 })
  standingVersion: number;

  /** the standing version the PSA's copy of the invoice has (0: not written yet) */
  @Column({ name: 'psa_version', type: 'integer', default: 0 })
  psaVersion: number;

  @Column({ name: 'psa_attempted_at', type: 'timestamptz', nullable: true })
  psaAttemptedAt: Date | null;

  /** when `InvoiceIssued` went into the outbox: set once, so it is published once */
  @Column({ name: 'issue_announced_at', type: 'timestamptz', nullable: true })
  issueAnnouncedAt: Date | null;
}
