import { z } from 'zod';
import { SystemPsaErrorCode, SystemPsaException } from './system-psa.exception';

/** Opaque cursors: base64url JSON that names the list it belongs to, checked when it comes back. */
export function encodeCursor(list: string, state: object): string {
  return Buffer.from(JSON.stringify({ list, ...state })).toString('base64url');
}

export function decodeCursor<S extends z.ZodRawShape>(
  list: string,
  text: string,
  shape: S,
): z.infer<z.ZodObject<S>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const belongs =
    typeof parsed === 'object' && parsed !== null && (parsed as { list?: unknown }).list === list;
  const result = z.object(shape).safeParse(parsed);
  if (!belongs || !result.success)
    throw new SystemPsaException(
      SystemPsaErrorCode.INVALID_CURSOR,
      `The cursor was not handed out by this list (${list}); start again without one.`,
    );
  return result.data;
}
