import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { BelongsTo } from './belongs-to.decorator';
import { BillingEvent } from './billing-event.entity';
import { minorUnitsTransformer } from '../transformers/minor-units.transformer';

/**
 * A customer payment the ERP applied to a billing event's invoice. Unique on the ERP payment,
 * so each payment is recorded, and published as `PaymentReceived`, once.
 */
@Entity({ name: 'billing_payments' })
@Unique('uq_billing_payments_erp', ['billingEventId', 'erpPaymentId'])
export class BillingPayment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_billing_payments' })
  id: string;

  @Column({ name: 'billing_event_id', type: 'uuid' })
  billingEventId: string;

  @BelongsTo(() => BillingEvent, 'billing_event_id', 'fk_billing_payments_event')
  billingEvent?: BillingEvent;

  /** the ERP's internal id of the customer payment */
  @Column({ name: 'erp_payment_id', type: 'text' })
  erpPaymentId: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  /** the amount applied to this invoice */
  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnitsTransformer })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
