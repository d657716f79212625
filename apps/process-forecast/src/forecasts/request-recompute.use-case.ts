import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForecastProject } from '@p2c/persistence';
import {
  ProcessForecastErrorCode,
  ProcessForecastException,
} from '../common/process-forecast.exception';
import type { ProjectForecastDto } from './dto/project-forecast.dto';
import { GetForecastUseCase } from './get-forecast.use-case';
import { RecomputeForecastUseCase } from './recompute-forecast.use-case';

/**
 * `POST /forecasts/projects/{id}/recompute`: recomputes a followed project's forecast now (a new
 * version only if it changed) and answers the newest version. 404 for a project the forecast
 * does not follow (it learns projects from `ProjectActivated`) or the PSA no longer holds.
 */
@Injectable()
export class RequestRecomputeUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recompute: RecomputeForecastUseCase,
    private readonly forecasts: GetForecastUseCase,
  ) {}

  async execute(project: string, requestedBy: string): Promise<ProjectForecastDto> {
    const followed = await this.dataSource.getRepository(ForecastProject).existsBy({ project });
    const done =
      followed &&
      (await this.recompute.execute(project, {
        kind: 'request',
        type: 'recompute',
        id: requestedBy,
      }));
    if (!done)
      throw new ProcessForecastException(
        ProcessForecastErrorCode.NOT_FOUND,
        `The forecast follows no project ${project} that the PSA holds.`,
      );
    return this.forecasts.execute(project, { newest: true });
  }
}
