import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxRelay, addToOutbox } from '@p2c/messaging';
import type { AuthenticatedPrincipal } from '@p2c/security';
import { recordAudit } from '../audit/record-audit';
import { sqlRows } from '../sql/sql-rows';
import type { RetryBatchDto } from './dto/retry-batch.dto';
import type { RetryExceptionCasesDto } from './dto/retry-exception-cases.dto';
import { ExceptionRetryBatchesOptions } from './exception-retry-batches-options';
import { RetryBatches } from './retry-batches';
import { RetryBatchJobData, START_BATCH_JOB } from './retry-batch-job-data';

/**
 * `POST /exceptions/retries`: accepts up to 1,000 cases at once and answers before any is
 * retried. The batch, one item per distinct id (`not_found` at once for an id of no case of the
 * app's flow) and the job that fans the cases out commit together, so a crash loses nothing: the
 * outbox hands the job on once committed. Asking again with the same batch id answers the batch.
 */
@Injectable()
export class StartRetryBatchUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: ExceptionRetryBatchesOptions,
    private readonly batches: RetryBatches,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(
    body: RetryExceptionCasesDto,
    principal: AuthenticatedPrincipal | undefined,
  ): Promise<RetryBatchDto> {
    const id = body.batch ?? randomUUID();
    const ids = [...new Set(body.ids.map((asked) => asked.toLowerCase()))];
    const actor = principal?.subject ?? 'anonymous';
    const started = await this.dataSource.transaction(async (manager) => {
      const [created] = await sqlRows(
        manager,
        `INSERT INTO exception_retry_batches (id, actor, actor_roles, requested)
         VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [id, actor, principal?.roles ?? [], ids.length],
      );
      if (!created) return false;
      const [{ pending }] = await sqlRows<{ pending: number }>(
        manager,
        `WITH items AS (
           INSERT INTO exception_retry_items (batch_id, exception_id, status, finished_at)
           SELECT $1, asked, CASE WHEN e.id IS NULL THEN 'not_found' ELSE 'pending' END,
                  CASE WHEN e.id IS NULL THEN now() END
             FROM unnest($2::uuid[]) AS asked
             LEFT JOIN exceptions e ON e.id = asked AND e.flow = $3
           RETURNING status)
         SELECT (count(*) FILTER (WHERE status = 'pending'))::int AS pending FROM items`,
        [id, ids, this.options.flow],
      );
      await recordAudit(manager, {
        actor,
        action: 'exception.bulk-retry',
        subjectType: 'exception-retry-batch',
        subjectId: id,
        after: { requested: ids.length, pending },
      });
      if (pending > 0)
        await addToOutbox<RetryBatchJobData>(manager, {
          queue: this.options.queue,
          name: START_BATCH_JOB,
          payload: { batchId: id },
        });
      return true;
    });
    if (started) this.relay.publishNow();
    return this.batches.view(this.dataSource.manager, id, false);
  }
}
