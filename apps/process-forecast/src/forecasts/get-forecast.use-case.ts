import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForecastProject, ForecastVersion } from '@p2c/persistence';
import { MarginThreshold } from '../common/margin-threshold';
import {
  ProcessForecastErrorCode,
  ProcessForecastException,
} from '../common/process-forecast.exception';
import type { ProjectForecastDto } from './dto/project-forecast.dto';
import { forecastView } from './forecast-view';

/** Which version of a project's forecast: the newest, one by number, or the one standing at a time. */
export type VersionChoice = { newest: true } | { number: number } | { at: Date };

/** One project's forecast: 404 NOT_FOUND when there is none (or no such version). */
@Injectable()
export class GetForecastUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly threshold: MarginThreshold,
  ) {}

  async execute(projectId: string, choice: VersionChoice): Promise<ProjectForecastDto> {
    const project = await this.dataSource
      .getRepository(ForecastProject)
      .findOneBy({ project: projectId });
    const version =
      project && project.latestVersion > 0 ? await this.version(project, choice) : null;
    if (!project || !version)
      throw new ProcessForecastException(
        ProcessForecastErrorCode.NOT_FOUND,
        'at' in choice
          ? `Project ${projectId} had no forecast by ${choice.at.toISOString()}.`
          : 'number' in choice
            ? `Project ${projectId} has no forecast version ${choice.number}.`
            : `There is no forecast of project ${projectId}.`,
      );
    const atRisk =
      version.number === project.latestVersion
        ? project.marginAtRisk
        : (this.threshold.below(version.figures.total.marginPct) ?? false);
    return forecastView(project, version, atRisk);
  }

  private version(
    project: ForecastProject,
    choice: VersionChoice,
  ): Promise<ForecastVersion | null> {
    const versions = this.dataSource.getRepository(ForecastVersion);
    if ('number' in choice)
      return versions.findOneBy({ project: project.project, number: choice.number });
    if ('at' in choice)
      return (
        versions
          .createQueryBuilder('version')
          // to the millisecond, as computedAt answers it: a version stands from its computedAt on
          .where(
            "version.project = :project AND date_trunc('milliseconds', version.created_at) <= :at",
            {
              project: project.project,
              at: choice.at,
            },
          )
          .orderBy('version.number', 'DESC')
          .getOne()
      );
    return versions.findOneBy({ project: project.project, number: project.latestVersion });
  }
}
