import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '@p2c/observability';
import { QueueName } from '../queue-name';

export interface OutboxEntry<T extends object> {
  queue: QueueName;
  /** the job's name on the queue */
  name: string;
  /** ids, never whole records, tokens or personal data */
  payload: T;
  /** the job's own tries, the first wait doubling between them; else the queue's defaults */
  retry?: { attempts: number; backoffMs: number };
}

/**
 * Writes a job to the outbox through the business transaction's manager: it is enqueued (by the
 * relay) if and only if that transaction commits. Returns the id the BullMQ job will have.
 */
export async function addToOutbox<T extends object>(
  manager: EntityManager,
  entry: OutboxEntry<T>,
): Promise<string> {
  if (!manager.queryRunner?.isTransactionActive)
    throw new Error('addToOutbox needs the manager of the business transaction it belongs to');
  const id = randomUUID();
  await manager.query(
    `INSERT INTO outbox_messages
       (id, queue, job_name, payload, correlation_id, job_attempts, job_backoff_ms)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7)`,
    [
      id,
      entry.queue,
      entry.name,
      JSON.stringify(entry.payload),
      currentCorrelationId() ?? null,
      entry.retry?.attempts ?? null,
      entry.retry?.backoffMs ?? null,
    ],
  );
  return id;
}
