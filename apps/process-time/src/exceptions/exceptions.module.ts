import { Global, Module } from '@nestjs/common';
import { ExceptionCasesModule } from '@p2c/flow';
import { ExceptionRetries } from './exception-retries';
import { ExceptionsController } from './exceptions.controller';
import { ListExceptionsUseCase } from './list-exceptions.use-case';
import { RetryExceptionUseCase } from './retry-exception.use-case';
import { RetryRateMissingUseCase } from './retry-rate-missing.use-case';
import { TimeExceptions } from './time-exceptions';

/** The flow's exception rows: raising, resolving, listing and retrying them. */
@Global()
@Module({
  imports: [ExceptionCasesModule],
  controllers: [ExceptionsController],
  providers: [
    TimeExceptions,
    ExceptionRetries,
    ListExceptionsUseCase,
    RetryExceptionUseCase,
    RetryRateMissingUseCase,
  ],
  exports: [TimeExceptions, RetryRateMissingUseCase],
})
export class ExceptionsModule {}
