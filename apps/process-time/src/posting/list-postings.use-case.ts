import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TimePosting } from '@p2c/persistence';
import { decodeCursor, encodeCursor } from '@p2c/platform';
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
      // the cursor carries the exact (microsecond) time: a Date's milliseconds would skip rows
      .addSelect('p.updated_at::text', 'cursor_key')
      .orderBy('p.updatedAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(query.limit + 1);
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
      builder.andWhere('(p.updatedAt, p.id) < (:at::timestamptz, :id)', {
        at: after.key,
        id: after.id,
      });
    const { entities, raw } = await builder.getRawAndEntities<{ cursor_key: string }>();
    const items = entities.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(postingView),
      nextCursor:
        entities.length > query.limit && last
          ? encodeCursor({ key: raw[items.length - 1].cursor_key, id: last.id })
          : undefined,
    };
  }
}
