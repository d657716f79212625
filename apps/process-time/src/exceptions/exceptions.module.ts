import { Global, Module } from '@nestjs/common';
import { CaseRetry, ExceptionCasesModule, ExceptionWorkbenchModule } from '@p2c/flow';
import { ExceptionRetries } from './exception-retries';
import { ExceptionsController } from './exceptions.controller';
import { RetryExceptionUseCase } from './retry-exception.use-case';
import { RetryRateMissingUseCase } from './retry-rate-missing.use-case';
import { TIME_FLOW, TimeExceptions } from './time-exceptions';
import { TimeExceptionDto } from './dto/time-exception.dto';
import { TimeExceptionPageDto } from './dto/time-exception-page.dto';
import { timeExceptionView } from './time-exception-view';

/**
 * The flow's exception cases: raising and resolving them, the workbench's routes over them
 * (ExceptionWorkbenchModule, each case naming its posting) and their replay.
 */
@Global()
@Module({
  imports: [
    ExceptionCasesModule,
    ExceptionWorkbenchModule.forFlow({
      flow: TIME_FLOW,
      operationName: 'Time',
      caseDto: TimeExceptionDto,
      pageDto: TimeExceptionPageDto,
      view: timeExceptionView,
    }),
  ],
  controllers: [ExceptionsController],
  providers: [
    TimeExceptions,
    ExceptionRetries,
    RetryExceptionUseCase,
    RetryRateMissingUseCase,
    { provide: CaseRetry, useExisting: RetryExceptionUseCase },
  ],
  exports: [TimeExceptions, RetryRateMissingUseCase, CaseRetry],
})
export class ExceptionsModule {}
