import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { BelongsTo } from './belongs-to.decorator';
import { Onboarding } from './onboarding.entity';
import { TimestampedEntity } from './timestamped.entity';

/**
 * `waiting`: not reached yet; `queued`: a job for it is in the outbox or on the queue; `running`:
 * claimed by a worker, whose lease is `lease_until`; `retrying`: failed transiently, next try at
 * `next_attempt_at`; `succeeded`; `failed`: raised an exception, waits for a retry.
 */
export type OnboardingStepStatus =
  'waiting' | 'queued' | 'running' | 'retrying' | 'succeeded' | 'failed';

/**
 * One step of an onboarding (validate the deal, resolve the customer, create each project,
 * activate), or one change order applied to its projects (`subject` = the change order). A worker
 * claims a step with a conditional update and holds it under a lease it renews; a step whose
 * lease ran out (its worker died, its job was lost) is dispatched again by the recovery sweep.
 */
@Entity({ name: 'onboarding_steps' })
@Unique('uq_onboarding_steps_subject', ['onboardingId', 'name', 'subject'])
@Index('ix_onboarding_steps_lease', ['leaseUntil'], {
  where: `"status" IN ('queued', 'running', 'retrying')`,
})
@Check(
  'ck_onboarding_steps_status',
  `"status" IN ('waiting', 'queued', 'running', 'retrying', 'succeeded', 'failed')`,
)
export class OnboardingStep extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_onboarding_steps' })
  id: string;

  @Column({ name: 'onboarding_id', type: 'uuid' })
  onboardingId: string;

  @BelongsTo(() => Onboarding, 'onboarding_id', 'fk_onboarding_steps_onboarding')
  onboarding?: Onboarding;

  /** e.g. `validate-deal`, `create-psa-project`, `apply-change-order` */
  @Column({ type: 'text' })
  name: string;

  /** what the step is about beyond its onboarding: the change order's canonical id, else '' */
  @Column({ type: 'text', default: '' })
  subject: string;

  /** the subject's version as last seen (a change order's CRM LastModifiedDate) */
  @Column({ name: 'subject_version', type: 'text', nullable: true })
  subjectVersion: string | null;

  /** order of the step within its onboarding */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text', default: 'waiting' })
  status: OnboardingStepStatus;

  /** runs started, retries included */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** transient failures since the step last succeeded or was resumed */
  @Column({ type: 'integer', default: 0 })
  failures: number;

  /** the BullMQ job (= outbox message) that last dispatched the step */
  @Column({ name: 'job_id', type: 'uuid', nullable: true })
  jobId: string | null;

  /** the run holding the step: its writes count only while it still holds it */
  @Column({ name: 'claim_token', type: 'uuid', nullable: true })
  claimToken: string | null;

  /** queued, running or retrying: when the sweep may presume it lost */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** what the step did, in words (e.g. "Adopted ERP customer 1025, matched by tax id") */
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
