import type { EntityManager } from 'typeorm';
import { MoneyJson, invoiceIssued } from '@p2c/canonical';
import { sqlRows } from '@p2c/flow';
import { publishBusinessEvent } from '@p2c/messaging';
import { currentCorrelationId } from '@p2c/observability';
import { addPsaWriteBack } from './add-psa-write-back';

/**
 * In the transaction that records a billing event's invoice: `InvoiceIssued` on the
 * business-events queue and the invoice's write-back to the PSA, both through the outbox. The
 * event is marked announced in the same statement that decides to announce it, so a second
 * commit for the same invoice (a stalled job run twice) publishes nothing more.
 */
export async function announceInvoice(
  manager: EntityManager,
  eventId: string,
  invoice: { number: string; total: MoneyJson },
): Promise<void> {
  const [first] = await sqlRows<{ project: string }>(
    manager,
    `UPDATE billing_events SET issue_announced_at = now()
      WHERE id = $1 AND issue_announced_at IS NULL
     RETURNING project`,
    [eventId],
  );
  if (!first) return;
  const event = invoiceIssued(
    { invoice: eventId, project: first.project, number: invoice.number, total: invoice.total },
    currentCorrelationId(),
  );
  await publishBusinessEvent(manager, event);
  await addPsaWriteBack(manager, eventId);
}
