import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ExceptionCase } from '@p2c/persistence';
import { UUID_KEY, decodeCursor, encodeCursor } from '@p2c/platform';
import { AuthenticatedPrincipal, SecurityErrorCode, SecurityException } from '@p2c/security';
import { sqlRows } from '../sql/sql-rows';
import { CASE_COLUMNS } from './case-columns';
import { CASE_SORT_COLUMNS } from './case-sorts';
import type { ExceptionCasePageDto } from './dto/exception-case-page.dto';
import type { ListExceptionCasesQueryDto } from './dto/list-exception-cases.query.dto';
import { ExceptionCaseViews } from './exception-case-views';
import { ExceptionWorkbenchOptions } from './exception-workbench-options';
import { workableOwnerGroups } from './workable-owner-groups';

/** Closed after its SLA fell due, or still open past it. */
const SLA_BREACHED = `sla_due_at < coalesce(resolved_at, now())`;

/**
 * The app's cases by flow, status, reason, owner group, assignee, age and SLA, sorted by when
 * they were raised or fall due, a keyset page at a time; a delivery caller sees only delivery's.
 * Each listed case carries the cursor of the cases after it in that sort, which is how the
 * experience API pages the cases of every app as one list.
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
    const order = `${query.sort}:${query.order}`;
    const after = decodeCursor(query.cursor, UUID_KEY, order);
    const parameters: unknown[] = [
      this.options.flow,
      query.ownerGroup ? [query.ownerGroup] : groups,
    ];
    const where = ['flow = $1', 'owner_group = ANY($2)'];
    const next = (value: unknown) => `$${parameters.push(value)}`;
    const equal = (column: string, value: string | undefined) => {
      if (value !== undefined) where.push(`${column} = ${next(value)}`);
    };
    equal('flow', query.flow);
    equal('status', query.status);
    equal('reason_code', query.reason);
    equal('assignee', query.assignee);
    if (query.olderThanMinutes !== undefined)
      where.push(`created_at <= now() - ${next(query.olderThanMinutes)} * interval '1 minute'`);
    if (query.createdBefore !== undefined)
      where.push(`created_at < ${next(query.createdBefore)}::timestamptz`);
    if (query.slaBreached !== undefined)
      where.push(query.slaBreached ? SLA_BREACHED : `NOT (${SLA_BREACHED})`);
    const column = CASE_SORT_COLUMNS[query.sort];
    const direction = query.order === 'asc' ? 'ASC' : 'DESC';
    if (after)
      where.push(
        `(${column}, id) ${query.order === 'asc' ? '>' : '<'} (${next(after.key)}::timestamptz, ${next(after.id)}::uuid)`,
      );
    const limit = next(query.limit + 1);
    const found = await sqlRows<ExceptionCase & { sortKey: string }>(
      this.dataSource.manager,
      `SELECT ${CASE_COLUMNS},
              to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "sortKey"
         FROM exceptions WHERE ${where.join(' AND ')}
        ORDER BY ${column} ${direction}, id ${direction}
        LIMIT ${limit}`,
      parameters,
    );
    const items = found.slice(0, query.limit);
    const cursorOf = (row: (typeof found)[number]) =>
      encodeCursor({ key: row.sortKey, id: row.id }, order);
    return {
      items: items.map((row) => ({ ...this.views.inList(row), cursor: cursorOf(row) })),
      nextCursor: found.length > query.limit ? cursorOf(items[items.length - 1]) : undefined,
    };
  }
}
