import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Reconciliation } from '@p2c/persistence';
import type { ListReconciliationsQueryDto } from './dto/list-reconciliations.query.dto';
import type { ReconciliationPageDto } from './dto/reconciliation-page.dto';
import { decodePageEnd, encodePageEnd } from './reconciliation-cursor';
import { summaryView } from './reconciliation-view';

/** Reconciliations, newest first, of a legal entity and a period if asked, a keyset page at a time. */
@Injectable()
export class ListReconciliationsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListReconciliationsQueryDto): Promise<ReconciliationPageDto> {
    const after = decodePageEnd(query.cursor);
    const builder = this.dataSource
      .getRepository(Reconciliation)
      .createQueryBuilder('r')
      .addSelect(
        `to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
        'cursor_key',
      )
      .orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(query.limit + 1);
    if (query.legalEntity)
      builder.andWhere('r.legalEntity = :legalEntity', { legalEntity: query.legalEntity });
    if (query.period) builder.andWhere('r.period = :period', { period: query.period });
    if (after)
      builder.andWhere('(r.createdAt, r.id) < (:at::timestamptz, :id::uuid)', {
        at: after.createdAt,
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
          ? encodePageEnd({ createdAt: lastKey, id: last.id })
          : undefined,
    };
  }
}
