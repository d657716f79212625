import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForecastProject, ForecastVersion } from '@p2c/persistence';
import { decodeCursor, encodeCursor } from '@p2c/platform';
import { LegalEntities } from '../common/legal-entities';
import type { ListForecastsQueryDto } from './dto/list-forecasts.query.dto';
import type { ProjectForecastPageDto } from './dto/project-forecast-page.dto';
import { forecastView } from './forecast-view';

/**
 * The newest forecast of each project (of a legal entity the ERP knows, when one is named), in
 * the order the forecast first heard of them, a keyset page at a time.
 */
@Injectable()
export class ListForecastsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly legalEntities: LegalEntities,
  ) {}

  async execute(query: ListForecastsQueryDto): Promise<ProjectForecastPageDto> {
    const after = decodeCursor(query.cursor);
    if (query.legalEntity) await this.legalEntities.known(query.legalEntity);
    const builder = this.dataSource
      .getRepository(ForecastProject)
      .createQueryBuilder('project')
      // the cursor carries the exact (microsecond) time: a Date's milliseconds would skip rows
      .addSelect('project.created_at::text', 'cursor_key')
      .where('project.latest_version > 0')
      .orderBy('project.created_at', 'ASC')
      .addOrderBy('project.project', 'ASC')
      .limit(query.limit + 1);
    if (query.legalEntity)
      builder.andWhere('project.legal_entity = :legalEntity', { legalEntity: query.legalEntity });
    if (after)
      builder.andWhere('(project.created_at, project.project) > (:key::timestamptz, :id)', {
        key: after.key,
        id: after.id,
      });
    const { entities: projects, raw } = await builder.getRawAndEntities<{ cursor_key: string }>();
    const page = projects.slice(0, query.limit);
    const versions =
      page.length === 0
        ? []
        : await this.dataSource
            .getRepository(ForecastVersion)
            .createQueryBuilder('version')
            .innerJoin(
              ForecastProject,
              'project',
              'project.project = version.project AND project.latest_version = version.number',
            )
            .where('version.project IN (:...ids)', { ids: page.map((project) => project.project) })
            .getMany();
    const byProject = new Map(versions.map((version) => [version.project, version]));
    const last = page.at(-1);
    return {
      items: page.map((project) =>
        forecastView(project, byProject.get(project.project)!, project.marginAtRisk),
      ),
      nextCursor:
        projects.length > query.limit && last
          ? encodeCursor({ key: raw[page.length - 1].cursor_key, id: last.project })
          : undefined,
    };
  }
}
