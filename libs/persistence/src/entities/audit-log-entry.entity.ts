import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who changed what, for every mutating call. Append-only: the database refuses UPDATE, DELETE and
 * TRUNCATE on the table.
 */
@Entity({ name: 'audit_log' })
@Index('ix_audit_log_subject', ['subjectType', 'subjectId', 'occurredAt'])
@Index('ix_audit_log_actor', ['actor', 'occurredAt'])
@Index('ix_audit_log_occurred_at', ['occurredAt'])
export class AuditLogEntry {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_log' })
  id: string;

  /** the principal: a user's subject, a partner, or a service */
  @Column({ type: 'text' })
  actor: string;

  /** e.g. `exception.resolve`, `billing-event.approve` */
  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId: string | null;

  /** the correlation id of the request that made the change */
  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
