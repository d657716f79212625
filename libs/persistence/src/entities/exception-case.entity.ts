import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OwnerGroup } from '@p2c/canonical';
import { TimestampedEntity } from './timestamped.entity';

/** The reason catalogue's owner groups (libs/canonical), as the check constraint lists them. */
export type ExceptionOwnerGroup = OwnerGroup;

/** `retrying`: the workbench replayed the step and waits for its outcome. */
export type ExceptionStatus = 'open' | 'assigned' | 'retrying' | 'resolved' | 'dismissed';

/**
 * A flow step that cannot succeed on its own (invalid dimension, closed period, vendor rejection,
 * retries exhausted), waiting in the exception workbench for the owner group to act. While one is
 * unresolved for a step and subject, raising it again counts an attempt on the same row.
 */
@Entity({ name: 'exceptions' })
@Index('uq_exceptions_unresolved_subject', ['flow', 'step', 'subjectType', 'subjectId'], {
  unique: true,
  where: `"status" NOT IN ('resolved', 'dismissed')`,
})
@Index('ix_exceptions_workbench', ['ownerGroup', 'status', 'slaDueAt'], {
  where: `"status" NOT IN ('resolved', 'dismissed')`,
})
@Index('ix_exceptions_reason', ['reasonCode', 'createdAt'])
@Index('ix_exceptions_correlation', ['correlationId'])
@Check(
  'ck_exceptions_owner_group',
  `"owner_group" IN ('finance-ops', 'integration-support', 'platform', 'delivery')`,
)
@Check(
  'ck_exceptions_status',
  `"status" IN ('open', 'assigned', 'retrying', 'resolved', 'dismissed')`,
)
@Check(
  'ck_exceptions_resolved_at',
  `("status" IN ('resolved', 'dismissed')) = ("resolved_at" IS NOT NULL)`,
)
export class ExceptionCase extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_exceptions' })
  id: string;

  /** e.g. `project-onboarding`, `time-posting`, `billing` */
  @Column({ type: 'text' })
  flow: string;

  @Column({ type: 'text' })
  step: string;

  /** `INVALID_DIMENSION`, `PERIOD_CLOSED`, `RATE_MISSING`, `VENDOR_REJECTED`, … */
  @Column({ name: 'reason_code', type: 'text' })
  reasonCode: string;

  /** what went wrong and what to do about it, for the person who owns it */
  @Column({ type: 'text' })
  message: string;

  @Column({ name: 'owner_group', type: 'text' })
  ownerGroup: ExceptionOwnerGroup;

  @Column({ type: 'text', default: 'open' })
  status: ExceptionStatus;

  @Column({ type: 'text', nullable: true })
  assignee: string | null;

  /** the record the step was about, e.g. (`psa.time_entry`, `TE-1042`) */
  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId: string | null;

  @Column({ name: 'sla_due_at', type: 'timestamptz' })
  slaDueAt: Date;

  /** how often the step has failed for this subject while the exception was unresolved */
  @Column({ type: 'integer', default: 1 })
  attempts: number;

  /** what a replay needs (queue, job name, payload) and the facts behind the reason */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  context: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}
