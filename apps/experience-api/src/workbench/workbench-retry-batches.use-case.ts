import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ApiProblemError, unwrap } from '@p2c/clients';
import type { RetryBatchDto, RetryExceptionCasesDto } from '@p2c/flow';
import { ReasonException } from '@p2c/platform';
import type {
  WorkbenchRetryBatchDto,
  WorkbenchRetryBatchItemDto,
} from './dto/workbench-retry-batch.dto';
import { ProcessWorkbenches } from './process-workbenches';
import { relayed } from './relayed';
import { WORKBENCH_APPS, WorkbenchApp } from './workbench-apps';

type AppBatch = { app: WorkbenchApp; batch: RetryBatchDto };

/**
 * Bulk retries across the process apps under one batch id: the same ids go to every app (each
 * retries the cases it holds, as jobs, as the user, and reports the rest as not found), the
 * answer comes as soon as each app has accepted them, and reading the batch sums the apps'
 * progress.
 */
@Injectable()
export class WorkbenchRetryBatchesUseCase {
  constructor(private readonly workbenches: ProcessWorkbenches) {}

  async start(body: RetryExceptionCasesDto): Promise<WorkbenchRetryBatchDto> {
    const batch = body.batch ?? randomUUID();
    const accepted = await Promise.all(
      WORKBENCH_APPS.map(async (app) => ({
        app,
        batch: await relayed(
          unwrap(
            this.workbenches.client(app).POST('/exceptions/retries', {
              body: { ids: body.ids, batch },
            }),
          ),
        ),
      })),
    );
    return merged(batch, accepted);
  }

  async read(id: string): Promise<WorkbenchRetryBatchDto> {
    const answers = await Promise.allSettled(
      WORKBENCH_APPS.map(async (app) => ({
        app,
        batch: await unwrap(
          this.workbenches.client(app).GET('/exceptions/retries/{batchId}', {
            params: { path: { batchId: id } },
          }),
        ),
      })),
    );
    const found: AppBatch[] = [];
    for (const answer of answers) {
      if (answer.status === 'fulfilled') found.push(answer.value);
      else if (!(answer.reason instanceof ApiProblemError && answer.reason.status === 404))
        await relayed(Promise.reject(answer.reason));
    }
    if (found.length === 0) throw new ReasonException('NOT_FOUND', `There is no bulk retry ${id}.`);
    return merged(id, found, true);
  }
}

/** The apps' batches as one: an id is not found only where no app holds it. */
function merged(id: string, batches: AppBatch[], withItems = false): WorkbenchRetryBatchDto {
  const requested = Math.max(...batches.map(({ batch }) => batch.requested));
  const sum = (count: keyof RetryBatchDto['counts']) =>
    batches.reduce((total, { batch }) => total + batch.counts[count], 0);
  const counts = {
    pending: sum('pending'),
    retried: sum('retried'),
    refused: sum('refused'),
    failed: sum('failed'),
    notFound: 0,
  };
  counts.notFound = requested - counts.pending - counts.retried - counts.refused - counts.failed;
  let items: WorkbenchRetryBatchItemDto[] | undefined;
  if (withItems) {
    const byCase = new Map<string, WorkbenchRetryBatchItemDto>();
    for (const { app, batch } of batches)
      for (const item of batch.items ?? [])
        if (item.status !== 'not_found') byCase.set(item.exception, { ...item, app });
        else if (!byCase.has(item.exception)) byCase.set(item.exception, item);
    items = [...byCase.values()].sort((a, b) => (a.exception < b.exception ? -1 : 1));
  }
  return { id, requested, counts, done: counts.pending === 0, items };
}
