import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A bulk retry of exception cases a person asked for: the cases are retried one job each, as the
 * person who asked (their subject and roles), and each case's outcome kept on its item.
 */
@Entity({ name: 'exception_retry_batches' })
@Check('ck_exception_retry_batches_requested', `"requested" BETWEEN 1 AND 1000`)
export class ExceptionRetryBatch {
  /** the caller's id for the batch (the experience API names one across the apps), or a new one */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_exception_retry_batches' })
  id: string;

  /** the subject of the person who asked */
  @Column({ type: 'text' })
  actor: string;

  /** their roles, which every case's retry is checked against */
  @Column({ name: 'actor_roles', type: 'text', array: true })
  actorRoles: string[];

  /** distinct case ids asked for, held here or not */
  @Column({ type: 'integer' })
  requested: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
