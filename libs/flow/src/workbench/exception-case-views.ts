import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ExceptionCase } from '@p2c/persistence';
import { auditTrail } from '../audit/audit-trail';
import { ExceptionCases } from '../exceptions/exception-cases';
import type { ExceptionCaseDto } from './dto/exception-case.dto';
import { exceptionCaseView } from './exception-case-view';
import { ExceptionWorkbenchOptions } from './exception-workbench-options';

/** Cases as the app's workbench answers them: in lists, or one with its notes and audit trail. */
@Injectable()
export class ExceptionCaseViews {
  constructor(
    private readonly options: ExceptionWorkbenchOptions,
    private readonly cases: ExceptionCases,
  ) {}

  inList(row: ExceptionCase): ExceptionCaseDto {
    return this.appView(exceptionCaseView(row));
  }

  async inFull(manager: EntityManager, row: ExceptionCase): Promise<ExceptionCaseDto> {
    const notes = await this.cases.notes(manager, row.id);
    const audit = await auditTrail(manager, 'exception', row.id);
    return this.appView(exceptionCaseView(row, notes, audit));
  }

  private appView(generic: ExceptionCaseDto): ExceptionCaseDto {
    return this.options.view ? this.options.view(generic) : generic;
  }
}
