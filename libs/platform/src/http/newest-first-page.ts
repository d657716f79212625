import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from './keyset-cursor';

export interface NewestFirstOrder {
  /** the entity's time property and its column, e.g. `createdAt` and `created_at` */
  time: { property: string; column: string };
  /** the entity's id property, the tie-break */
  id: string;
  /** what a cursor's id must look like (any by default) */
  idPattern?: RegExp;
}

export interface NewestFirstRequest {
  cursor?: string;
  limit: number;
}

export interface NewestFirstPage<T> {
  items: T[];
  nextCursor?: string;
}

/**
 * One page of a query's rows, newest first by a time then id (both descending), after a keyset
 * cursor this API handed out. The query must select its entity's rows alone (no joins), so the
 * raw rows stand in the same order as the entities.
 */
export async function newestFirstPage<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  { time, id, idPattern }: NewestFirstOrder,
  { cursor, limit }: NewestFirstRequest,
): Promise<NewestFirstPage<T>> {
  const after = decodeCursor(cursor, idPattern);
  const alias = builder.alias;
  builder
    // the cursor carries the exact (microsecond) time: a Date's milliseconds would skip rows
    .addSelect(`${alias}.${time.column}::text`, 'cursor_key')
    .orderBy(`${alias}.${time.property}`, 'DESC')
    .addOrderBy(`${alias}.${id}`, 'DESC')
    .limit(limit + 1);
  if (after)
    builder.andWhere(
      `(${alias}.${time.property}, ${alias}.${id}) < (:cursorAt::timestamptz, :cursorId)`,
      {
        cursorAt: after.key,
        cursorId: after.id,
      },
    );
  const { entities, raw } = await builder.getRawAndEntities<{ cursor_key: string }>();
  const items = entities.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      entities.length > limit && last
        ? encodeCursor({ key: raw[items.length - 1].cursor_key, id: String(last[id]) })
        : undefined,
  };
}
