import {
  ProcessBillingErrorCode,
  ProcessBillingException,
} from '../common/process-billing.exception';

/** Where a page of reconciliations ended: its last one's start (to the microsecond) and id. */
export interface PageEnd {
  createdAt: string;
  id: string;
}

const MICROSECOND_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodePageEnd(end: PageEnd): string {
  return Buffer.from(JSON.stringify([end.createdAt, end.id])).toString('base64url');
}

/** Reads a cursor this API handed out; anything else is a 400 INVALID_CURSOR. */
export function decodePageEnd(cursor: string | undefined): PageEnd | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      MICROSECOND_TIME.test(value[0]) &&
      typeof value[1] === 'string' &&
      UUID.test(value[1])
    )
      return { createdAt: value[0], id: value[1] };
  } catch {
    // answered below
  }
  throw new ProcessBillingException(
    ProcessBillingErrorCode.INVALID_CURSOR,
    'The cursor was not handed out by this API.',
  );
}
