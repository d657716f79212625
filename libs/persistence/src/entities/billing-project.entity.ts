import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A project billing heard was activated (`ProjectActivated`), with the deal it delivers. */
@Entity({ name: 'billing_projects' })
export class BillingProject {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_billing_projects' })
  project: string;

  /** the canonical opportunity: whose CRM contract caps the project's billing */
  @Column({ type: 'text' })
  opportunity: string;

  @CreateDateColumn({ name: 'activated_at', type: 'timestamptz' })
  activatedAt: Date;
}
