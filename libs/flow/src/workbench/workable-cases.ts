import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ExceptionCase } from '@p2c/persistence';
import { AuthenticatedPrincipal, SecurityErrorCode, SecurityException } from '@p2c/security';
import { sqlRows } from '../sql/sql-rows';
import { CASE_COLUMNS } from './case-columns';
import { ExceptionWorkbenchOptions } from './exception-workbench-options';
import {
  ExceptionWorkbenchErrorCode,
  ExceptionWorkbenchException,
} from './exception-workbench.exception';
import { workableOwnerGroups } from './workable-owner-groups';

/**
 * A case of the app's flow by id, for a caller to look at or act on, or the workbench's refusal:
 * 404 NOT_FOUND for an id the flow does not know, 403 FORBIDDEN for a case of an owner group the
 * caller does not work, 409 EXCEPTION_CLOSED when acting on a resolved or dismissed one.
 */
@Injectable()
export class WorkableCases {
  constructor(private readonly options: ExceptionWorkbenchOptions) {}

  /** The case as it stands (closed ones too). */
  async visible(
    manager: EntityManager,
    id: string,
    principal: AuthenticatedPrincipal | undefined,
    lock = false,
  ): Promise<ExceptionCase> {
    const [found] = await sqlRows<ExceptionCase>(
      manager,
      `SELECT ${CASE_COLUMNS} FROM exceptions WHERE id = $1 AND flow = $2
        ${lock ? 'FOR UPDATE' : ''}`,
      [id, this.options.flow],
    );
    if (!found)
      throw new ExceptionWorkbenchException(
        ExceptionWorkbenchErrorCode.NOT_FOUND,
        `There is no ${this.options.flow} exception ${id}.`,
      );
    if (!workableOwnerGroups(principal).includes(found.ownerGroup))
      throw new SecurityException(
        SecurityErrorCode.Forbidden,
        `Exception ${id} is owned by ${found.ownerGroup}; this token does not work its cases.`,
      );
    return found;
  }

  /** The unresolved case, locked for the caller's transaction. */
  async open(
    manager: EntityManager,
    id: string,
    principal: AuthenticatedPrincipal | undefined,
  ): Promise<ExceptionCase> {
    const found = await this.visible(manager, id, principal, true);
    if (found.status === 'resolved' || found.status === 'dismissed')
      throw new ExceptionWorkbenchException(
        ExceptionWorkbenchErrorCode.EXCEPTION_CLOSED,
        `Exception ${id} is ${found.status} already.`,
      );
    return found;
  }
}
