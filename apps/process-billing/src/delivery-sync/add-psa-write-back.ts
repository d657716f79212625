import type { EntityManager } from 'typeorm';
import { QueueName, addToOutbox } from '@p2c/messaging';
import { WRITE_BACK_INVOICE_JOB, WriteBackInvoiceJobData } from './write-back-invoice-job-data';

/**
 * Queues the write-back of an event's invoice to the PSA through the outbox, in the transaction
 * that changed where the invoice stands: the job exists exactly when the change does.
 */
export function addPsaWriteBack(manager: EntityManager, eventId: string): Promise<string> {
  return addToOutbox<WriteBackInvoiceJobData>(manager, {
    queue: QueueName.InvoiceStatus,
    name: WRITE_BACK_INVOICE_JOB,
    payload: { eventId },
  });
}
