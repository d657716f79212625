import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedPrincipal } from '@p2c/security';
import { ExceptionCases } from '../exceptions/exception-cases';
import type { ExceptionCaseDto } from './dto/exception-case.dto';
import { ExceptionCaseViews } from './exception-case-views';
import { WorkableCases } from './workable-cases';

/** Gives an unresolved case to a person (status `assigned`, or still `retrying`), audited. */
@Injectable()
export class AssignExceptionCaseUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workable: WorkableCases,
    private readonly cases: ExceptionCases,
    private readonly views: ExceptionCaseViews,
  ) {}

  execute(
    id: string,
    assignee: string,
    principal: AuthenticatedPrincipal | undefined,
  ): Promise<ExceptionCaseDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.workable.open(manager, id, principal);
      await this.cases.assign(manager, id, assignee, principal?.subject ?? 'anonymous');
      return this.views.withNotes(manager, await this.workable.visible(manager, id, principal));
    });
  }
}
