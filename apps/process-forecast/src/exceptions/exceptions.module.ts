import { Module } from '@nestjs/common';
import { CaseRetry, ExceptionCasesModule, ExceptionWorkbenchModule } from '@p2c/flow';
import { OutboxModule } from '@p2c/messaging';
import { FORECAST_FLOW } from '../common/forecast-flow';
import { ExceptionsController } from './exceptions.controller';
import { RetryExceptionUseCase } from './retry-exception.use-case';

/**
 * The workbench over the forecast's cases: list, get, assign, note, dismiss and resolve, and a
 * retry that recomputes the case's project.
 */
@Module({
  imports: [
    ExceptionCasesModule,
    OutboxModule,
    ExceptionWorkbenchModule.forFlow({ flow: FORECAST_FLOW, operationName: 'Forecast' }),
  ],
  controllers: [ExceptionsController],
  providers: [RetryExceptionUseCase, { provide: CaseRetry, useExisting: RetryExceptionUseCase }],
  exports: [CaseRetry],
})
export class ExceptionsModule {}
