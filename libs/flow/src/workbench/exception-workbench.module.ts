import { DynamicModule, Module } from '@nestjs/common';
import { ExceptionCasesModule } from '../exceptions/exception-cases.module';
import { ChangeExceptionCaseUseCase } from './change-exception-case.use-case';
import { ExceptionCaseViews } from './exception-case-views';
import { ExceptionWorkbenchOptions } from './exception-workbench-options';
import { exceptionWorkbenchController } from './exception-workbench.controller';
import { GetExceptionCaseUseCase } from './get-exception-case.use-case';
import { ListExceptionCasesUseCase } from './list-exception-cases.use-case';
import { NoteExceptionCaseUseCase } from './note-exception-case.use-case';
import { WorkableCases } from './workable-cases';

/**
 * The exception workbench's routes in a process app, over its flow's cases: list, get, assign,
 * note, dismiss and resolve. The app adds its own retry, finding the case through WorkableCases.
 */
@Module({})
export class ExceptionWorkbenchModule {
  static forFlow(options: ExceptionWorkbenchOptions): DynamicModule {
    return {
      module: ExceptionWorkbenchModule,
      imports: [ExceptionCasesModule],
      controllers: [exceptionWorkbenchController(options)],
      providers: [
        { provide: ExceptionWorkbenchOptions, useValue: options },
        WorkableCases,
        ExceptionCaseViews,
        ListExceptionCasesUseCase,
        GetExceptionCaseUseCase,
        ChangeExceptionCaseUseCase,
        NoteExceptionCaseUseCase,
      ],
      exports: [WorkableCases],
    };
  }
}
