import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { sqlRows } from '@p2c/flow';

/**
 * Brings a run's status in line with its billing events, once planned: `invoicing` while an
 * invoice is on its way, `awaiting_approval` while an event waits for finance, then
 * `completed_with_exceptions` if some event failed (its case waits), else `completed`. Called
 * whenever an event of the run settles (invoiced, failed, approved, rejected) and by the run's
 * flow parent once every child is done; each caller has committed its own change first, so the
 * last one sees them all. A run already finished stays as it is.
 */
export async function settleRun(manager: EntityManager, runId: string): Promise<void> {
  await sqlRows(
    manager,
    `WITH events AS (
       SELECT bool_or(status = 'pending') AS invoicing,
              bool_or(status = 'pending_approval') AS awaiting,
              bool_or(status = 'failed') AS failed
         FROM billing_events WHERE run_id = $1),
     settled AS (
       SELECT CASE WHEN invoicing THEN 'invoicing'
                   WHEN awaiting THEN 'awaiting_approval'
                   WHEN failed THEN 'completed_with_exceptions'
                   ELSE 'completed' END AS status
         FROM events)
     UPDATE billing_runs r
        SET status = settled.status,
            completed_at = CASE WHEN settled.status LIKE 'completed%' THEN now() END,
            updated_at = now()
       FROM settled
      WHERE r.id = $1 AND r.status IN ('invoicing', 'awaiting_approval')
        AND r.status <> settled.status
     RETURNING r.id`,
    [runId],
  );
}

/** The run's flow parent, once every child (invoice) is done: the run settles. */
@Injectable()
export class FinishBillingRunUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(runId: string): Promise<void> {
    return settleRun(this.dataSource.manager, runId);
  }
}
