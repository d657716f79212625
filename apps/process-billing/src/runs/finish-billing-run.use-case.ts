import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sqlRows } from '@p2c/flow';

/**
 * A run's parent job, once every child (invoice) is done: `completed` when every billing event
 * is invoiced, else `completed_with_exceptions` (the failed ones wait as exception cases).
 * Idempotent: a run already finished stays as it is.
 */
@Injectable()
export class FinishBillingRunUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(runId: string): Promise<void> {
    await sqlRows(
      this.dataSource.manager,
      `UPDATE billing_runs r
          SET status = CASE WHEN EXISTS (SELECT 1 FROM billing_events e
                                          WHERE e.run_id = r.id AND e.status <> 'invoiced')
                            THEN 'completed_with_exceptions' ELSE 'completed' END,
              completed_at = now(), updated_at = now()
        WHERE r.id = $1 AND r.status = 'invoicing'
       RETURNING r.id`,
      [runId],
    );
  }
}
