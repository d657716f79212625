import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Reconciliation } from '@p2c/persistence';
import { NewestFirstOrder, UUID_KEY, newestFirstPage } from '@p2c/platform';
import type { ListReconciliationsQueryDto } from './dto/list-reconciliations.query.dto';
import type { ReconciliationPageDto } from './dto/reconciliation-page.dto';
import { summaryView } from './reconciliation-view';

const NEWEST_FIRST: NewestFirstOrder = {
  time: { property: 'createdAt', column: 'created_at' },
  id: 'id',
  idPattern: UUID_KEY,
};

/** Reconciliations, newest first, of a legal entity and a period if asked, a keyset page at a time. */
@Injectable()
export class ListReconciliationsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListReconciliationsQueryDto): Promise<ReconciliationPageDto> {
    const builder = this.dataSource.getRepository(Reconciliation).createQueryBuilder('r');
    if (query.legalEntity)
      builder.andWhere('r.legalEntity = :legalEntity', { legalEntity: query.legalEntity });
    if (query.period) builder.andWhere('r.period = :period', { period: query.period });
    const page = await newestFirstPage(builder, NEWEST_FIRST, query);
    return { items: page.items.map(summaryView), nextCursor: page.nextCursor };
  }
}
