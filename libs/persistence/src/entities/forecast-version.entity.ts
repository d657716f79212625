import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { BelongsTo } from './belongs-to.decorator';
import { ForecastProject } from './forecast-project.entity';
import type { ForecastFigures, ForecastPlanChanges } from './forecast-figures';

/** What started a recomputation. */
export type ForecastTriggerKind = 'event' | 'schedule' | 'request';

/**
 * One version of a project's forecast: kept when a recomputation's figures differ from the
 * version before, never changed after.
 */
@Entity({ name: 'forecast_versions' })
@Unique('uq_forecast_versions_number', ['project', 'number'])
@Check('ck_forecast_versions_trigger', `"trigger_kind" IN ('event', 'schedule', 'request')`)
export class ForecastVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_forecast_versions' })
  id: string;

  @Column({ type: 'text' })
  project: string;

  @BelongsTo(() => ForecastProject, 'project', 'fk_forecast_versions_project')
  forecastProject?: ForecastProject;

  /** 1, 2, … per project */
  @Column({ type: 'integer' })
  number: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'trigger_kind', type: 'text' })
  triggerKind: ForecastTriggerKind;

  /** the event's type (`STAFFING_CHANGED`, `ProjectActivated`) or the schedule's name */
  @Column({ name: 'trigger_type', type: 'text', nullable: true })
  triggerType: string | null;

  /** the event's id, or the user who asked */
  @Column({ name: 'trigger_id', type: 'text', nullable: true })
  triggerId: string | null;

  @Column({ type: 'jsonb' })
  changes: ForecastPlanChanges;

  @Column({ type: 'jsonb' })
  figures: ForecastFigures;
}
