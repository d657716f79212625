import type { EntityManager } from 'typeorm';
import { QueueName, addToOutbox } from '@p2c/messaging';
import { currentCorrelationId } from '@p2c/observability';
import { recordAudit, sqlRows } from '@p2c/flow';
import type { ReconciliationTrigger } from '@p2c/persistence';
import type { ReconciliationJobData, ReconciliationJobName } from './reconciliation-job';

export interface ReconciliationRequest {
  legalEntity: string;
  period: string;
  trigger: ReconciliationTrigger;
  requestedBy: string;
  /** a schedule's tick: a second request for the same tick, entity and period opens nothing */
  scheduledFor?: Date;
}

/**
 * Writes a reconciliation, its audit entry and its `reconcile` job (through the outbox) in the
 * caller's transaction, so it exists exactly when its job does. Answers its id; undefined when the
 * schedule's tick already opened this one.
 */
export async function openReconciliation(
  manager: EntityManager,
  request: ReconciliationRequest,
): Promise<string | undefined> {
  const [opened] = await sqlRows<{ id: string }>(
    manager,
    `INSERT INTO reconciliations (legal_entity, period, trigger, requested_by, scheduled_for, correlation_id)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT ON CONSTRAINT uq_reconciliations_schedule DO NOTHING
     RETURNING id`,
    [
      request.legalEntity,
      request.period,
      request.trigger,
      request.requestedBy,
      request.scheduledFor ?? null,
      currentCorrelationId() ?? null,
    ],
  );
  if (!opened) return undefined;
  await addToOutbox<ReconciliationJobData>(manager, {
    queue: QueueName.Reconciliation,
    name: 'reconcile' satisfies ReconciliationJobName,
    payload: { reconciliationId: opened.id },
  });
  await recordAudit(manager, {
    actor: request.requestedBy,
    action: 'reconciliation.start',
    subjectType: 'reconciliation',
    subjectId: opened.id,
    after: { legalEntity: request.legalEntity, period: request.period, trigger: request.trigger },
  });
  return opened.id;
}
