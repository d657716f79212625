import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedPrincipal } from '@p2c/security';
import type { ExceptionCaseDto } from './dto/exception-case.dto';
import { ExceptionCaseViews } from './exception-case-views';
import { WorkableCases } from './workable-cases';

/** One case of the app's flow with its notes and audit trail. */
@Injectable()
export class GetExceptionCaseUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workable: WorkableCases,
    private readonly views: ExceptionCaseViews,
  ) {}

  async execute(
    id: string,
    principal: AuthenticatedPrincipal | undefined,
  ): Promise<ExceptionCaseDto> {
    const manager = this.dataSource.manager;
    return this.views.inFull(manager, await this.workable.visible(manager, id, principal));
  }
}
