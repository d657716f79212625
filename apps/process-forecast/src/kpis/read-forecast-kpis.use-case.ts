import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readOpenExceptions, sqlRows } from '@p2c/flow';
import { FORECAST_FLOW } from '../common/forecast-flow';
import { MarginThreshold } from '../common/margin-threshold';
import { WorldDate } from '../common/world-date';
import type { ForecastKpisDto } from './dto/forecast-kpis.dto';

/** `GET /kpis`: projects followed, projects at risk, the forecast's open exception cases. */
@Injectable()
export class ReadForecastKpisUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly threshold: MarginThreshold,
    private readonly world: WorldDate,
  ) {}

  async execute(): Promise<ForecastKpisDto> {
    const manager = this.dataSource.manager;
    const [counts] = await sqlRows<{ projects: number; marginAtRisk: number }>(
      manager,
      `SELECT count(*)::int AS projects, (count(*) FILTER (WHERE margin_at_risk))::int AS "marginAtRisk"
         FROM forecast_projects WHERE latest_version > 0`,
    );
    return {
      ...counts,
      marginAtRiskThresholdPct: this.threshold.pct,
      asOf: this.world.today(),
      openExceptions: await readOpenExceptions(manager, FORECAST_FLOW),
    };
  }
}
