import { ReasonException } from './reason.exception';
/** Where a page ended: the sort key (a time, to the microsecond) and id of its last item. */
export interface Keyset {
  key: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.key, keyset.id])).toString('base64url');
}

/** A keyset id that is a uuid (for tables keyed by one). */
export const UUID_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Reads a cursor this API handed out (its id of the shape `id` says, any by default); anything
 * else is a 400 INVALID_CURSOR.
 */
export function decodeCursor(cursor: string | undefined, id = /^.+$/): Keyset | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      value.every((part) => typeof part === 'string') &&
      TIMESTAMP.test(value[0] as string) &&
      id.test(value[1] as string)
    )
      return { key: value[0] as string, id: value[1] as string };
  } catch {
    // answered below
  }
  throw new ReasonException('INVALID_CURSOR', 'The cursor was not handed out by this API.');
}
