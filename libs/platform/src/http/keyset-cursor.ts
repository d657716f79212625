import { ReasonException } from './reason.exception';
/** Where a page ended: the sort key (a time, to the microsecond) and id of its last item. */
export interface Keyset {
  key: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

/**
 * The cursor after a keyset. `order` names the sort it belongs to (e.g. `slaDueAt:asc`) for a
 * list that can be sorted several ways: a cursor of one sort is refused by another.
 */
export function encodeCursor(keyset: Keyset, order?: string): string {
  const parts = order === undefined ? [keyset.key, keyset.id] : [keyset.key, keyset.id, order];
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** A keyset id that is a uuid (for tables keyed by one). */
export const UUID_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Reads a cursor this API handed out (its id of the shape `id` says, any by default; of the sort
 * `order` when the list has several); anything else is a 400 INVALID_CURSOR.
 */
export function decodeCursor(
  cursor: string | undefined,
  id = /^.+$/,
  order?: string,
): Keyset | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === (order === undefined ? 2 : 3) &&
      value.every((part) => typeof part === 'string') &&
      TIMESTAMP.test(value[0] as string) &&
      id.test(value[1] as string) &&
      (order === undefined || value[2] === order)
    )
      return { key: value[0] as string, id: value[1] as string };
  } catch {
    // answered below
  }
  throw new ReasonException(
    'INVALID_CURSOR',
    order === undefined
      ? 'The cursor was not handed out by this API.'
      : `The cursor was not handed out by this API for the sort ${order}: pass a nextCursor with the sort it came with.`,
  );
}
