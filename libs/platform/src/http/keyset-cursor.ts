import { ReasonException } from './reason.exception';
/** Where a page ended: the sort key and id of its last item. */
export interface Keyset {
  key: string;
  id: string;
}

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.key, keyset.id])).toString('base64url');
}

/** Reads a cursor this API handed out; anything else is a 400 INVALID_CURSOR. */
export function decodeCursor(cursor: string | undefined): Keyset | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      value.every((part) => typeof part === 'string')
    )
      return { key: value[0] as string, id: value[1] as string };
  } catch {
    // answered below
  }
  throw new ReasonException('INVALID_CURSOR', 'The cursor was not handed out by this API.');
}
