import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TimestampedEntity } from './timestamped.entity';

/**
 * `pending`: its first step is queued; `running`: a step is queued, running or waiting to retry;
 * `blocked`: a step raised an exception and the onboarding waits for a person (then a retry);
 * `completed`: both projects are active and `ProjectActivated` is recorded.
 */
export type OnboardingStatus = 'pending' | 'running' | 'blocked' | 'completed';

/** What started it: the closed-won poll of the CRM, or a caller of `POST /onboardings`. */
export type OnboardingTrigger = 'detection' | 'request';

/** How the deal's customer got its ERP record. */
export type CustomerMatch = 'CROSS_REFERENCE' | 'TAX_ID' | 'NAME' | 'CREATED';

export interface OnboardingMilestoneTerms {
  id: string;
  name: string;
  /** decimal string in the deal currency */
  amount: string;
  dueDate: string;
}

export interface OnboardingAssignmentTerms {
  worker: string;
  role: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
}

/**
 * A planned assignment whose worker cannot be staffed (inactive in or unknown to the HCM): the
 * project is set up with the role held open in the PSA, for delivery to restaff.
 */
export interface OnboardingOpenAssignmentTerms extends OnboardingAssignmentTerms {
  /** what the PSA shows on the open role (unique on the project) */
  label: string;
  /** why the planned worker cannot be staffed, in words */
  reason: string;
}

/** The deal as validated: what both projects are set up from (and brought to by change orders). */
export interface OnboardingTerms {
  /** the CRM's LastModifiedDate of the deal as read */
  version: string;
  name: string;
  customer: string;
  /** decimal string */
  amount: string;
  currency: string;
  billingModel: string;
  legalEntity: string;
  costCenter: string;
  rateCard: string;
  startDate: string;
  endDate: string;
  milestones: OnboardingMilestoneTerms[];
  /** the assignments that can be staffed */
  assignments: OnboardingAssignmentTerms[];
  /** the ones held open (absent on onboardings validated before roles could be held open) */
  openAssignments?: OnboardingOpenAssignmentTerms[];
}

/**
 * One closed-won deal becoming a project in the PSA and the ERP (process-onboarding). One per
 * deal, however often it is detected or requested; its steps are `onboarding_steps` rows.
 */
@Entity({ name: 'onboardings' })
@Unique('uq_onboardings_opportunity', ['opportunityId'])
@Unique('uq_onboardings_project', ['projectId'])
@Index('ix_onboardings_status', ['status', 'createdAt'])
@Index('ix_onboardings_partner', ['partner', 'createdAt'], { where: `"partner" IS NOT NULL` })
@Check('ck_onboardings_status', `"status" IN ('pending', 'running', 'blocked', 'completed')`)
@Check('ck_onboardings_trigger', `"trigger" IN ('detection', 'request')`)
export class Onboarding extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_onboardings' })
  id: string;

  /** canonical opportunity id (`opp_…`) */
  @Column({ name: 'opportunity_id', type: 'text' })
  opportunityId: string;

  @Column({ name: 'opportunity_crm_id', type: 'text', nullable: true })
  opportunityCrmId: string | null;

  @Column({ name: 'opportunity_name', type: 'text', nullable: true })
  opportunityName: string | null;

  /** canonical customer id (`cus_…`), known once the deal is validated */
  @Column({ name: 'customer_id', type: 'text', nullable: true })
  customerId: string | null;

  /** the partner organisation of the customer, as the CRM names it when the deal is validated */
  @Column({ type: 'text', nullable: true })
  partner: string | null;

  /** canonical project id, derived from the opportunity (the same on every run) */
  @Column({ name: 'project_id', type: 'text' })
  projectId: string;

  @Column({ type: 'text', default: 'pending' })
  status: OnboardingStatus;

  @Column({ type: 'text' })
  trigger: OnboardingTrigger;

  /** the caller's subject when requested */
  @Column({ name: 'requested_by', type: 'text', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'jsonb', nullable: true })
  terms: OnboardingTerms | null;

  @Column({ name: 'erp_customer_id', type: 'text', nullable: true })
  erpCustomerId: string | null;

  @Column({ name: 'customer_match', type: 'text', nullable: true })
  customerMatch: CustomerMatch | null;

  @Column({ name: 'psa_project_id', type: 'text', nullable: true })
  psaProjectId: string | null;

  @Column({ name: 'erp_project_id', type: 'text', nullable: true })
  erpProjectId: string | null;

  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
