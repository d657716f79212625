import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Money, paymentReceived } from '@p2c/canonical';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import { recordHops, sqlRows } from '@p2c/flow';
import { publishBusinessEvent } from '@p2c/messaging';
import { currentCorrelationId } from '@p2c/observability';
import { BillingEvent } from '@p2c/persistence';
import { addPsaWriteBack } from '../delivery-sync/add-psa-write-back';
import {
  AppliedPayment,
  erpStanding,
  paymentsByErpId,
  recordedStanding,
  standingChanged,
} from './invoice-standing';

/** The sync-ledger flow of the hops from a billing event's invoice to the ERP payments of it. */
export const PAYMENTS_FLOW = 'payments';

/** What reading one invoice's payments did. */
export interface InvoicePaymentsOutcome {
  changed: boolean;
  /** payments seen for the first time (each published once as PaymentReceived) */
  payments: number;
}

/**
 * Reads one invoiced billing event's invoice from the ERP (status, amount paid and due, due
 * date) and, when the amount paid moved, its payments. If any of that changed, it is recorded
 * on the event under a row lock, in one transaction with: each payment not seen before (unique
 * per ERP payment, so each is published once as `PaymentReceived` on the business-events queue)
 * and the write-back of the new standing to the PSA, both through the outbox. Two passes over
 * the same invoice at once record it once: the second finds it recorded. Nothing changed: nothing
 * is written.
 */
@Injectable()
export class SyncInvoicePayments {
  constructor(
    private readonly dataSource: DataSource,
    @InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>,
  ) {}

  async execute(eventId: string): Promise<InvoicePaymentsOutcome> {
    const before = await this.dataSource
      .getRepository(BillingEvent)
      .findOneByOrFail({ id: eventId });
    const path = { params: { path: { id: eventId } } };
    const invoice = await unwrap(this.erp.GET('/invoices/{id}', path));
    const paidMoved = Money.fromJson(invoice.amountPaid).toMinorNumber() !== before.amountPaidMinor;
    const payments = paidMoved
      ? (await unwrap(this.erp.GET('/invoices/{id}/payments', path))).items
      : undefined;
    return this.dataSource.transaction(async (manager) => {
      const event = await manager
        .getRepository(BillingEvent)
        .findOneOrFail({ where: { id: eventId }, lock: { mode: 'pessimistic_write' } });
      const recorded = recordedStanding(event);
      const standing = erpStanding(invoice, payments, recorded);
      if (!standingChanged(recorded, standing)) return { changed: false, payments: 0 };
      let fresh = 0;
      for (const payment of paymentsByErpId(payments ?? []))
        if (await this.recordPayment(manager, event, payment)) fresh++;
      await manager.getRepository(BillingEvent).update(event.id, {
        ...standing,
        standingVersion: event.standingVersion + 1,
      });
      await addPsaWriteBack(manager, event.id);
      return { changed: true, payments: fresh };
    });
  }

  /** Records a payment of the event's invoice and publishes it, unless it was recorded before. */
  private async recordPayment(
    manager: EntityManager,
    event: BillingEvent,
    payment: AppliedPayment,
  ): Promise<boolean> {
    const [inserted] = await sqlRows<{ id: string }>(
      manager,
      `INSERT INTO billing_payments (billing_event_id, erp_payment_id, number, received_on,
                                     amount_minor, currency)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ON CONSTRAINT uq_billing_payments_erp DO NOTHING
       RETURNING id`,
      [event.id, payment.erpId, payment.number, payment.date, payment.amountMinor, event.currency],
    );
    if (!inserted) return false;
    const published = paymentReceived(
      {
        invoice: event.id,
        amount: Money.fromMinor(payment.amountMinor, event.currency).toJSON(),
        receivedOn: payment.date,
      },
      currentCorrelationId(),
    );
    await publishBusinessEvent(manager, published);
    // lineage: the invoice (one hop per payment, so the payment's id stands in the version)
    await recordHops(manager, [
      {
        flow: PAYMENTS_FLOW,
        sourceSystem: 'gateway',
        sourceType: 'billing_event',
        sourceId: event.id,
        sourceVersion: payment.erpId,
        targetSystem: 'erp',
        targetType: 'customer_payment',
        targetId: payment.erpId,
        projectId: event.project,
        legalEntity: event.legalEntity,
        amountMinor: payment.amountMinor,
        currency: event.currency,
      },
    ]);
    return true;
  }
}
