import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** What gave up: a BullMQ job whose attempts ran out, or an outbox row the relay stopped retrying. */
export type DeadLetterKind = 'job' | 'outbox';

/**
 * A dead letter replayed from the workbench. Its id names the dead letter as it gave up (the job
 * or row and when), so the same dead letter is replayed once; if it gives up again after the
 * replay it is a new dead letter.
 */
@Entity({ name: 'dead_letter_replays' })
@Check('ck_dead_letter_replays_kind', `"kind" IN ('job', 'outbox')`)
export class DeadLetterReplay {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_dead_letter_replays' })
  id: string;

  @Column({ type: 'text' })
  kind: DeadLetterKind;

  /** the queue of the job (or of the outbox row) */
  @Column({ type: 'text' })
  queue: string;

  /** the job's id, or the outbox row's (which becomes the job's) */
  @Column({ name: 'job_id', type: 'text' })
  jobId: string;

  /** the subject of the person who replayed it */
  @Column({ type: 'text' })
  actor: string;

  @CreateDateColumn({ name: 'replayed_at', type: 'timestamptz' })
  replayedAt: Date;
}
