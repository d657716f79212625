import { SystemHcmErrorCode, SystemHcmException } from '../hcm/system-hcm.exception';
/** Opaque paging cursors: the id of the last worker handed out, so pages stay stable as workers change. */
export function encodeWorkerCursor(lastId: string): string {
  return Buffer.from(lastId, 'utf8').toString('base64url');
}

export function decodeWorkerCursor(cursor: string): string {
  const lastId = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!lastId || encodeWorkerCursor(lastId) !== cursor)
    throw new SystemHcmException(
      SystemHcmErrorCode.BAD_REQUEST,
      'The cursor is not one this API handed out.',
    );
  return lastId;
}
