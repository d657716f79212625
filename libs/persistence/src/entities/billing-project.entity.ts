import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A project billing heard was activated (`ProjectActivated`), with the deal it delivers. */
@Entity({ name: 'billing_projects' })
@Index('ix_billing_projects_partner', ['partner'], { where: `"partner" IS NOT NULL` })
export class BillingProject {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_billing_projects' })
  project: string;

  /** the canonical opportunity: whose CRM contract caps the project's billing */
  @Column({ type: 'text' })
  opportunity: string;

  /** the canonical customer; null on projects activated before it was carried */
  @Column({ type: 'text', nullable: true })
  customer: string | null;

  /** the customer's partner organisation, when it has one (its portal sees the invoices) */
  @Column({ type: 'text', nullable: true })
  partner: string | null;

  @CreateDateColumn({ name: 'activated_at', type: 'timestamptz' })
  activatedAt: Date;
}
