import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ExceptionCase } from '@p2c/persistence';
import { AuthenticatedPrincipal, SecurityErrorCode, SecurityException } from '@p2c/security';
import { sqlRows } from '../sql/sql-rows';
import { CASE_COLUMNS } from './case-columns';
import type { ExceptionCasePageDto } from './dto/exception-case-page.dto';
import type { ListExceptionCasesQueryDto } from './dto/list-exception-cases.query.dto';
import { ExceptionCaseViews } from './exception-case-views';
import { ExceptionWorkbenchOptions } from './exception-workbench-options';
import {
  ExceptionWorkbenchErrorCode,
  ExceptionWorkbenchException,
} from './exception-workbench.exception';
import { workableOwnerGroups } from './workable-owner-groups';

/** Where a page ended: its last case's raise time (to the microsecond, as stored) and id. */
interface PageEnd {
  createdAt: string;
  id: string;
}

const MICROSECOND_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The app's cases, newest first, by status, reason, owner group and assignee, a keyset page at a
 * time; a delivery caller sees only delivery's.
 */
@Injectable()
export class ListExceptionCasesUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: ExceptionWorkbenchOptions,
    private readonly views: ExceptionCaseViews,
  ) {}

  async execute(
    query: ListExceptionCasesQueryDto,
    principal: AuthenticatedPrincipal | undefined,
  ): Promise<ExceptionCasePageDto> {
    const groups = workableOwnerGroups(principal);
    if (query.ownerGroup && !groups.includes(query.ownerGroup))
      throw new SecurityException(
        SecurityErrorCode.Forbidden,
        `This token does not work the cases of ${query.ownerGroup}.`,
      );
    const parameters: unknown[] = [
      this.options.flow,
      query.ownerGroup ? [query.ownerGroup] : groups,
    ];
    const where = ['flow = $1', 'owner_group = ANY($2)'];
    const filter = (column: string, value: string | undefined) => {
      if (value === undefined) return;
      parameters.push(value);
      where.push(`${column} = $${parameters.length}`);
    };
    filter('status', query.status);
    filter('reason_code', query.reason);
    filter('assignee', query.assignee);
    const after = decodePageEnd(query.cursor);
    if (after) {
      parameters.push(after.createdAt, after.id);
      where.push(
        `(created_at, id) < ($${parameters.length - 1}::timestamptz, $${parameters.length}::uuid)`,
      );
    }
    parameters.push(query.limit + 1);
    const found = await sqlRows<ExceptionCase & { cursorKey: string }>(
      this.dataSource.manager,
      `SELECT ${CASE_COLUMNS},
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorKey"
         FROM exceptions WHERE ${where.join(' AND ')}
        ORDER BY created_at DESC, id DESC
        LIMIT $${parameters.length}`,
      parameters,
    );
    const items = found.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => this.views.inList(row)),
      nextCursor:
        found.length > query.limit && last
          ? encodePageEnd({ createdAt: last.cursorKey, id: last.id })
          : undefined,
    };
  }
}

function encodePageEnd(end: PageEnd): string {
  return Buffer.from(JSON.stringify([end.createdAt, end.id])).toString('base64url');
}

/** Reads a cursor this API handed out; anything else is a 400 INVALID_CURSOR. */
function decodePageEnd(cursor: string | undefined): PageEnd | undefined {
  if (cursor === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    MICROSECOND_TIME.test(String(value[0])) &&
    !Number.isNaN(Date.parse(String(value[0]))) &&
    UUID.test(String(value[1]))
  )
    return { createdAt: value[0] as string, id: value[1] as string };
  throw new ExceptionWorkbenchException(
    ExceptionWorkbenchErrorCode.INVALID_CURSOR,
    'The cursor was not handed out by this API: pass a nextCursor exactly as it was returned.',
  );
}
