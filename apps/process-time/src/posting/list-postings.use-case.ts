import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TimePosting } from '@p2c/persistence';
import { NewestFirstOrder, newestFirstPage } from '@p2c/platform';
import type { ListPostingsQueryDto } from './dto/list-postings.query.dto';
import type { PostingPageDto } from './dto/posting-page.dto';
import { postingView } from './posting-view';

const MOST_RECENTLY_CHANGED_FIRST: NewestFirstOrder = {
  time: { property: 'updatedAt', column: 'updated_at' },
  id: 'id',
};

/**
 * Postings, most recently changed first, filtered by status, kind, project, source id, legal entity, billable
 * and accounting periods up to a month (what a billing run reads).
 */
@Injectable()
export class ListPostingsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListPostingsQueryDto): Promise<PostingPageDto> {
    const builder = this.dataSource.getRepository(TimePosting).createQueryBuilder('p');
    if (query.status) builder.andWhere('p.status = :status', { status: query.status });
    if (query.kind) builder.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.project) builder.andWhere('p.project = :project', { project: query.project });
    if (query.sourceId) builder.andWhere('p.sourceId = :sourceId', { sourceId: query.sourceId });
    if (query.legalEntity)
      builder.andWhere('p.legalEntity = :legalEntity', { legalEntity: query.legalEntity });
    if (query.billable !== undefined)
      builder.andWhere('p.billable = :billable', { billable: query.billable });
    if (query.periodTo)
      builder.andWhere('p.accountingPeriod <= :periodTo', { periodTo: query.periodTo });
    const page = await newestFirstPage(builder, MOST_RECENTLY_CHANGED_FIRST, query);
    return { items: page.items.map(postingView), nextCursor: page.nextCursor };
  }
}
