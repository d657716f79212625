import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ExceptionRetryItemStatus } from '@p2c/persistence';
import { sqlRows } from '../sql/sql-rows';
import {
  ExceptionWorkbenchErrorCode,
  ExceptionWorkbenchException,
} from '../workbench/exception-workbench.exception';
import type { RetryBatchDto } from './dto/retry-batch.dto';
import type { RetryBatchItemDto } from './dto/retry-batch-item.dto';

interface BatchRow {
  id: string;
  actor: string;
  requested: number;
  createdAt: Date;
  pending: number;
  retried: number;
  refused: number;
  notFound: number;
  failed: number;
}

interface ItemRow {
  exception: string;
  status: ExceptionRetryItemStatus;
  code: string | null;
  detail: string | null;
  finishedAt: Date | null;
}

const COUNT = (status: ExceptionRetryItemStatus) =>
  `(count(*) FILTER (WHERE i.status = '${status}'))::int`;

/** Bulk retries as they stand: each batch's counts, and each case's outcome. */
@Injectable()
export class RetryBatches {
  /** The batch with its counts (and its items, when asked); 404 when there is none. */
  async view(manager: EntityManager, id: string, withItems: boolean): Promise<RetryBatchDto> {
    const [batch] = await sqlRows<BatchRow>(
      manager,
      `SELECT b.id, b.actor, b.requested, b.created_at AS "createdAt",
              ${COUNT('pending')} AS pending, ${COUNT('retried')} AS retried,
              ${COUNT('refused')} AS refused, ${COUNT('not_found')} AS "notFound",
              ${COUNT('failed')} AS failed
         FROM exception_retry_batches b JOIN exception_retry_items i ON i.batch_id = b.id
        WHERE b.id = $1 GROUP BY b.id`,
      [id],
    );
    if (!batch)
      throw new ExceptionWorkbenchException(
        ExceptionWorkbenchErrorCode.NOT_FOUND,
        `There is no bulk retry ${id} here.`,
      );
    const items = withItems
      ? await sqlRows<ItemRow>(
          manager,
          `SELECT exception_id AS exception, status, code, detail, finished_at AS "finishedAt"
             FROM exception_retry_items WHERE batch_id = $1 ORDER BY exception_id`,
          [id],
        )
      : undefined;
    const { pending, retried, refused, notFound, failed } = batch;
    return {
      id: batch.id,
      actor: batch.actor,
      requested: batch.requested,
      counts: { pending, retried, refused, notFound, failed },
      done: pending === 0,
      createdAt: batch.createdAt.toISOString(),
      items: items?.map(itemView),
    };
  }
}

function itemView(row: ItemRow): RetryBatchItemDto {
  return {
    exception: row.exception,
    status: row.status,
    code: row.code ?? undefined,
    detail: row.detail ?? undefined,
    finishedAt: row.finishedAt?.toISOString(),
  };
}
