import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BelongsTo } from './belongs-to.decorator';
import { ExceptionRetryBatch } from './exception-retry-batch.entity';

/**
 * `pending` until its job has run; `retried` (the app's retry took it), `refused` (the retry
 * answered why not: closed, not retryable, not the caller's), `not_found` (no case of the app's
 * flow has that id), `failed` (its job gave up; replaying its dead letter tries it again).
 */
export type ExceptionRetryItemStatus = 'pending' | 'retried' | 'refused' | 'not_found' | 'failed';

/** One case of a bulk retry and its outcome. */
@Entity({ name: 'exception_retry_items' })
@Index('ix_exception_retry_items_status', ['batchId', 'status'])
@Check(
  'ck_exception_retry_items_status',
  `"status" IN ('pending', 'retried', 'refused', 'not_found', 'failed')`,
)
export class ExceptionRetryItem {
  @PrimaryColumn({
    name: 'batch_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_exception_retry_items',
  })
  batchId: string;

  @BelongsTo(() => ExceptionRetryBatch, 'batch_id', 'fk_exception_retry_items_batch')
  batch?: ExceptionRetryBatch;

  /** the case asked for (no key to it: an id the app does not hold is kept as `not_found`) */
  @PrimaryColumn({
    name: 'exception_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_exception_retry_items',
  })
  exceptionId: string;

  @Column({ type: 'text', default: 'pending' })
  status: ExceptionRetryItemStatus;

  /** the problem code of a refusal or failure (`EXCEPTION_CLOSED`, `NOT_RETRYABLE`, …) */
  @Column({ type: 'text', nullable: true })
  code: string | null;

  /** what the retry answered */
  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
