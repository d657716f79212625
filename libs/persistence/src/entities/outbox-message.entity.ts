import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A job to enqueue once the business transaction that wrote it commits (see `addToOutbox` and the
 * relay in @p2c/messaging). The id becomes the BullMQ job id, so enqueueing it twice is a no-op.
 */
@Entity({ name: 'outbox_messages' })
@Check(
  'ck_outbox_messages_job_retries',
  `("job_attempts" IS NULL) = ("job_backoff_ms" IS NULL)
          AND ("job_attempts" IS NULL OR ("job_attempts" >= 1 AND "job_backoff_ms" >= 1))`,
)
@Index('ix_outbox_messages_unsent', ['availableAt'], { where: `"sent_at" IS NULL` })
@Index('ix_outbox_messages_sent', ['sentAt'], { where: `"sent_at" IS NOT NULL` })
@Index('ix_outbox_messages_given_up', ['givenUpAt'], { where: `"given_up_at" IS NOT NULL` })
export class OutboxMessage {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_outbox_messages' })
  id: string;

  @Column({ type: 'text' })
  queue: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** not before this time: set ahead after a failed enqueue (backoff) */
  @Column({ name: 'available_at', type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** enqueue attempts so far, the successful one included */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** the relay stopped retrying its enqueue (OUTBOX_RELAY_MAX_ATTEMPTS): a dead letter to replay */
  @Column({ name: 'given_up_at', type: 'timestamptz', nullable: true })
  givenUpAt: Date | null;

  /** the job's own tries and first backoff (doubling), where its flow sets them */
  @Column({ name: 'job_attempts', type: 'integer', nullable: true })
  jobAttempts: number | null;

  @Column({ name: 'job_backoff_ms', type: 'integer', nullable: true })
  jobBackoffMs: number | null;
}
