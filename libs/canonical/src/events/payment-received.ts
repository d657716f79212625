import { randomUUID } from 'node:crypto';
import type { PaymentReceived } from './business-events';

/**
 * A new `PaymentReceived` event: one customer payment the ERP applied to an invoice (`invoice` is
 * the billing event id), the amount applied and the day it was received.
 */
export function paymentReceived(
  payload: PaymentReceived['payload'],
  correlationId?: string,
): PaymentReceived {
  return {
    id: randomUUID(),
    type: 'PaymentReceived',
    occurredAt: new Date().toISOString(),
    correlationId,
    payload,
  };
}
