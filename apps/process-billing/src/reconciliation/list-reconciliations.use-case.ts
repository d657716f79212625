import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Reconciliation } from '@p2c/persistence';
import { UUID_KEY, decodeCursor, encodeCursor } from '@p2c/platform';
import type { ListReconciliationsQueryDto } from './dto/list-reconciliations.query.dto';
import type { ReconciliationPageDto } from './dto/reconciliation-page.dto';
import { summaryView } from './reconciliation-view';

/** Reconciliations, newest first, of a legal entity and a period if asked, a keyset page at a time. */
@Injectable()
export class ListReconciliationsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListReconciliationsQueryDto): Promise<ReconciliationPageDto> {
    const after = decodeCursor(query.cursor, UUID_KEY);
    const builder = this.dataSource
      .getRepository(Reconciliation)
      .createQueryBuilder('r')
      // the cursor carries the exact (microsecond) time: a Date's milliseconds would skip rows
      .addSelect('r.created_at::text', 'cursor_key')
      .orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(query.limit + 1);
    if (query.legalEntity)
      builder.andWhere('r.legalEntity = :legalEntity', { legalEntity: query.legalEntity });
    if (query.period) builder.andWhere('r.period = :period', { period: query.period });
    if (after)
      builder.andWhere('(r.createdAt, r.id) < (:at::timestamptz, :id::uuid)', {
        at: after.key,
        id: after.id,
      });
    const { entities, raw } = await builder.getRawAndEntities<{ cursor_key: string }>();
    const items = entities.slice(0, query.limit);
    const last = items.at(-1);
    // no joins: the raw rows are the entities' rows, in the same order
    const lastKey = raw[items.length - 1]?.cursor_key;
    return {
      items: items.map(summaryView),
      nextCursor:
        entities.length > query.limit && last && lastKey
          ? encodeCursor({ key: lastKey, id: last.id })
          : undefined,
    };
  }
}
