import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { OnboardingAssignmentTerms, OnboardingOpenAssignmentTerms } from './onboarding.entity';
import { TimestampedEntity } from './timestamped.entity';

/**
 * `provisional`: the deal is at a late stage and its PSA project holds its demand; `promoted`:
 * the deal was won and its onboarding took the same project over; `closed`: the deal was lost or
 * left the late stages, and the project's demand was released (it comes back if the deal does).
 */
export type ProvisionalProjectStatus = 'provisional' | 'promoted' | 'closed';

/** What a provisional project asks resource managers for: named workers and open roles. */
export interface ProvisionalDemand {
  /** planned assignments of workers the HCM employs: PSA participations */
  named: OnboardingAssignmentTerms[];
  /** planned assignments no worker can fill yet: unnamed PSA resources */
  open: OnboardingOpenAssignmentTerms[];
}

/**
 * A late-stage deal's provisional PSA project, as process-onboarding set it up (one per deal,
 * keyed by the project id its onboarding will use), with the demand it holds now.
 */
@Entity({ name: 'provisional_projects' })
@Unique('uq_provisional_projects_opportunity', ['opportunityId'])
@Index('ix_provisional_projects_created', ['createdAt', 'projectId'])
@Index('ix_provisional_projects_entity', ['legalEntity', 'createdAt', 'projectId'])
@Index('ix_provisional_projects_held', ['opportunityId'], { where: `"status" = 'provisional'` })
@Check('ck_provisional_projects_status', `"status" IN ('provisional', 'promoted', 'closed')`)
export class ProvisionalProject extends TimestampedEntity {
  /** canonical project id (`prj_…`), derived from the opportunity as its onboarding derives it */
  @PrimaryColumn({
    name: 'project_id',
    type: 'text',
    primaryKeyConstraintName: 'pk_provisional_projects',
  })
  projectId: string;

  /** canonical opportunity id (`opp_…`) */
  @Column({ name: 'opportunity_id', type: 'text' })
  opportunityId: string;

  @Column({ name: 'opportunity_crm_id', type: 'text' })
  opportunityCrmId: string;

  @Column({ type: 'text' })
  name: string;

  /** the deal's CRM stage when it was last read */
  @Column({ type: 'text' })
  stage: string;

  /** the CRM's LastModifiedDate of the deal as last read */
  @Column({ name: 'deal_version', type: 'text' })
  dealVersion: string;

  @Column({ name: 'legal_entity', type: 'text' })
  legalEntity: string;

  @Column({ type: 'text', default: 'provisional' })
  status: ProvisionalProjectStatus;

  /** the PSA workspace */
  @Column({ name: 'psa_project_id', type: 'text' })
  psaProjectId: string;

  /** what the PSA project holds for the deal; empty once released */
  @Column({ type: 'jsonb' })
  demand: ProvisionalDemand;

  /** when its demand was last released (lost, or left the late stages) */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
