import { CrmRecord } from '../crm/crm-record';
import { crmTimestamp } from '../crm/crm-values';
import { CRM_ID_PATTERN } from '../common/crm-id-pattern';
import { SystemCrmErrorCode, SystemCrmException } from '../common/system-crm.exception';

/**
 * A place in a change feed: the last record read, by (LastModifiedDate, Id). The feed is ordered
 * the same way, so reading "after" a position never skips or repeats a record, even among
 * records changed in the same millisecond.
 */
export interface ChangePosition {
  /** the record's LastModifiedDate, ISO 8601 UTC with milliseconds */
  at: string;
  /** the record's CRM id */
  id: string;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The opaque cursor callers see: base64url of the position. */
export function encodeCursor(position: ChangePosition): string {
  return Buffer.from(JSON.stringify({ at: position.at, id: position.id })).toString('base64url');
}

/** The position a cursor stands for; 400 INVALID_CURSOR for anything this API did not issue. */
export function decodeCursor(cursor: string): ChangePosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const { at, id } = (parsed ?? {}) as Partial<ChangePosition>;
  if (
    typeof at !== 'string' ||
    !ISO_UTC.test(at) ||
    Number.isNaN(Date.parse(at)) ||
    typeof id !== 'string' ||
    !CRM_ID_PATTERN.test(id)
  )
    throw new SystemCrmException(
      SystemCrmErrorCode.INVALID_CURSOR,
      'The cursor is not one this API issued; pass a nextCursor exactly as it was returned.',
    );
  return { at, id };
}

/** A CRM record's position, from its LastModifiedDate (`2026-11-20T09:00:00.000+0000`). */
export function positionOf(record: CrmRecord): ChangePosition {
  if (typeof record.Id !== 'string') throw new RangeError('a CRM record without Id');
  return { at: crmTimestamp(record.LastModifiedDate), id: record.Id };
}
