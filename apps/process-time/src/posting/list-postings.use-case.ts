import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TimePosting } from '@p2c/persistence';
import { decodeCursor, encodeCursor } from '../common/keyset-cursor';
import type { ListPostingsQueryDto } from './dto/list-postings.query.dto';
import type { PostingPageDto } from './dto/posting-page.dto';
import { postingView } from './posting-view';

/**
 * Postings, most recently changed first, filtered by status, kind, project, legal entity, billable
 * and accounting periods up to a month (what a billing run reads).
 */
@Injectable()
export class ListPostingsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListPostingsQueryDto): Promise<PostingPageDto> {
    const after = decodeCursor(query.cursor);
    const builder = this.dataSource
      .getRepository(TimePosting)
      .createQueryBuilder('p')
      .orderBy('p.updatedAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .take(query.limit + 1);
    if (query.status) builder.andWhere('p.status = :status', { status: query.status });
    if (query.kind) builder.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.project) builder.andWhere('p.project = :project', { project: query.project });
    if (query.legalEntity)
      builder.andWhere('p.legalEntity = :legalEntity', { legalEntity: query.legalEntity });
    if (query.billable !== undefined)
      builder.andWhere('p.billable = :billable', { billable: query.billable });
    if (query.periodTo)
      builder.andWhere('p.accountingPeriod <= :periodTo', { periodTo: query.periodTo });
    if (after)
      builder.andWhere('(p.updatedAt, p.id) < (:at, :id)', { at: after.key, id: after.id });
    const found = await builder.getMany();
    const items = found.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(postingView),
      nextCursor:
        found.length > query.limit && last
          ? encodeCursor({ key: last.updatedAt.toISOString(), id: last.id })
          : undefined,
    };
  }
}
