import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedPrincipal } from '@p2c/security';
import { ExceptionCases } from '../exceptions/exception-cases';
import type { CaseChange } from './case-change';
import type { ExceptionCaseDto } from './dto/exception-case.dto';
import { ExceptionCaseViews } from './exception-case-views';
import { WorkableCases } from './workable-cases';

/**
 * Assigns, dismisses or resolves an unresolved case the caller may work, audited, and answers it
 * as it now is. A closed case is not changed again (409).
 */
@Injectable()
export class ChangeExceptionCaseUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workable: WorkableCases,
    private readonly cases: ExceptionCases,
    private readonly views: ExceptionCaseViews,
  ) {}

  execute(
    id: string,
    change: CaseChange,
    principal: AuthenticatedPrincipal | undefined,
  ): Promise<ExceptionCaseDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.workable.open(manager, id, principal);
      await this.apply(manager, id, change, principal?.subject ?? 'anonymous');
      return this.views.inFull(manager, await this.workable.visible(manager, id, principal));
    });
  }

  private async apply(manager: EntityManager, id: string, change: CaseChange, actor: string) {
    switch (change.kind) {
      case 'assign':
        return this.cases.assign(manager, id, change.assignee, actor);
      case 'dismiss':
        return this.cases.dismiss(manager, id, change.reason, actor);
      case 'resolve':
        return this.cases.resolveCase(manager, id, change.resolution, actor);
    }
  }
}
