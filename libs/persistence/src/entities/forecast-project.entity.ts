import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from './timestamped.entity';

/** A project process-forecast heard was activated (`ProjectActivated`), and where its forecast stands. */
@Entity({ name: 'forecast_projects' })
@Index('ix_forecast_projects_entity', ['legalEntity', 'createdAt', 'project'])
export class ForecastProject extends TimestampedEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_forecast_projects' })
  project: string;

  /** the CRM's id of the deal it delivers, e.g. `006NW000101` (null until first read) */
  @Column({ type: 'text', nullable: true })
  opportunity: string | null;

  @Column({ name: 'legal_entity', type: 'text', nullable: true })
  legalEntity: string | null;

  @Column({ name: 'cost_center', type: 'text', nullable: true })
  costCenter: string | null;

  /** the number of the newest version; 0 before the first forecast */
  @Column({ name: 'latest_version', type: 'integer', default: 0 })
  latestVersion: number;

  /** whether the newest version's projected margin is below the margin-at-risk threshold */
  @Column({ name: 'margin_at_risk', type: 'boolean', default: false })
  marginAtRisk: boolean;
}
