import { SystemErpErrorCode, SystemErpException } from './system-erp.exception';
/** The opaque `cursor` of canonical paging: where in the ERP's results the next page starts. */
export function encodeCursor(offset: number): string {
  return Buffer.from(String(offset)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{1,9}$/.test(text))
    throw new SystemErpException(
      SystemErpErrorCode.INVALID_CURSOR,
      'cursor must be a nextCursor this API returned.',
    );
  return Number(text);
}
