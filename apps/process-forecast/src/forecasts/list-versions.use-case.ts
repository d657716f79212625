import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForecastProject, ForecastVersion } from '@p2c/persistence';
import { UUID_KEY, newestFirstPage } from '@p2c/platform';
import {
  ProcessForecastErrorCode,
  ProcessForecastException,
} from '../common/process-forecast.exception';
import type { ForecastVersionPageDto } from './dto/forecast-version-page.dto';
import type { ListVersionsQueryDto } from './dto/list-versions.query.dto';
import { versionSummaryView } from './version-summary-view';

/** A project's forecast versions, newest first, a keyset page at a time. */
@Injectable()
export class ListVersionsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(project: string, query: ListVersionsQueryDto): Promise<ForecastVersionPageDto> {
    const known = await this.dataSource.getRepository(ForecastProject).existsBy({ project });
    if (!known)
      throw new ProcessForecastException(
        ProcessForecastErrorCode.NOT_FOUND,
        `There is no forecast of project ${project}.`,
      );
    const page = await newestFirstPage(
      this.dataSource
        .getRepository(ForecastVersion)
        .createQueryBuilder('version')
        .where('version.project = :project', { project }),
      { time: { property: 'createdAt', column: 'created_at' }, id: 'id', idPattern: UUID_KEY },
      query,
    );
    return { items: page.items.map(versionSummaryView), nextCursor: page.nextCursor };
  }
}
