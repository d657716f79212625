import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BelongsTo } from './belongs-to.decorator';
import { ForecastProject } from './forecast-project.entity';

/**
 * One assignment of a project's newest forecast (a worker's, or a role held open): what
 * utilisation and the bench read, across projects.
 */
@Entity({ name: 'forecast_assignments' })
@Index('ix_forecast_assignments_project', ['project'])
@Index('ix_forecast_assignments_worker', ['worker', 'startDate'])
export class ForecastAssignment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_forecast_assignments' })
  id: string;

  @Column({ type: 'text' })
  project: string;

  @BelongsTo(() => ForecastProject, 'project', 'fk_forecast_assignments_project')
  forecastProject?: ForecastProject;

  /** the HCM employee id; null for a role held open */
  @Column({ type: 'text', nullable: true })
  worker: string | null;

  @Column({ type: 'text' })
  role: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ name: 'hours_per_week', type: 'numeric', precision: 6, scale: 2 })
  hoursPerWeek: string;
}
