import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedPrincipal } from '@p2c/security';
import { ExceptionCases } from '../exceptions/exception-cases';
import type { ExceptionCaseDto } from './dto/exception-case.dto';
import { ExceptionCaseViews } from './exception-case-views';
import { WorkableCases } from './workable-cases';

/**
 * Closes an unresolved case by hand, audited: `dismissed` when nothing is to be done about it,
 * `resolved` when a person put it right outside the gateway. A case closes once (409 after).
 */
@Injectable()
export class CloseExceptionCaseUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workable: WorkableCases,
    private readonly cases: ExceptionCases,
    private readonly views: ExceptionCaseViews,
  ) {}

  execute(
    id: string,
    as: 'dismissed' | 'resolved',
    resolution: string,
    principal: AuthenticatedPrincipal | undefined,
  ): Promise<ExceptionCaseDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.workable.open(manager, id, principal);
      const actor = principal?.subject ?? 'anonymous';
      if (as === 'dismissed') await this.cases.dismiss(manager, id, resolution, actor);
      else await this.cases.resolveCase(manager, id, resolution, actor);
      return this.views.withNotes(manager, await this.workable.visible(manager, id, principal));
    });
  }
}
