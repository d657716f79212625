import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { GATEWAY_ID_PATTERN } from '@p2c/canonical';
import { ProvisionalProject } from '@p2c/persistence';
import { NewestFirstOrder, newestFirstPage } from '@p2c/platform';
import { fromStatusName } from './dto/provisional-project-status';
import type { ListProvisionalProjectsQueryDto } from './dto/list-provisional-projects.query.dto';
import type { ProvisionalProjectPageDto } from './dto/provisional-project-page.dto';
import { onboardedTerms } from './onboarded-terms';
import { provisionalProjectView } from './provisional-project-view';

const NEWEST_FIRST: NewestFirstOrder = {
  time: { property: 'createdAt', column: 'created_at' },
  id: 'projectId',
  idPattern: GATEWAY_ID_PATTERN,
};

/** Provisional projects, newest first, of a legal entity and in a status if asked, a keyset page at a time. */
@Injectable()
export class ListProvisionalProjectsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  /** Read in one snapshot, so a promoted project and its onboarding's terms agree. */
  execute(query: ListProvisionalProjectsQueryDto): Promise<ProvisionalProjectPageDto> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) => this.read(manager, query));
  }

  private async read(
    manager: EntityManager,
    query: ListProvisionalProjectsQueryDto,
  ): Promise<ProvisionalProjectPageDto> {
    const builder = manager.getRepository(ProvisionalProject).createQueryBuilder('p');
    if (query.legalEntity)
      builder.andWhere('p.legalEntity = :legalEntity', { legalEntity: query.legalEntity });
    if (query.status)
      builder.andWhere('p.status = :status', { status: fromStatusName(query.status) });
    const page = await newestFirstPage(builder, NEWEST_FIRST, query);
    const terms = await onboardedTerms(manager, page.items);
    return {
      items: page.items.map((row) => provisionalProjectView(row, terms.get(row.opportunityId))),
      nextCursor: page.nextCursor,
    };
  }
}
