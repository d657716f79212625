import { randomUUID } from 'node:crypto';
import type { InvoiceIssued } from './business-events';

/**
 * A new `InvoiceIssued` event: an invoice the ERP raised for a billing event (`invoice` is the
 * billing event id, the invoice's external id), with its number and total.
 */
export function invoiceIssued(
  payload: InvoiceIssued['payload'],
  correlationId?: string,
): InvoiceIssued {
  return {
    id: randomUUID(),
    type: 'InvoiceIssued',
    occurredAt: new Date().toISOString(),
    correlationId,
    payload,
  };
}
