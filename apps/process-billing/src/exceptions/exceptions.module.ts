import { Module } from '@nestjs/common';
import { CaseRetry, ExceptionCasesModule, ExceptionWorkbenchModule } from '@p2c/flow';
import { BILLING_FLOW } from '../runs/billing-flow';
import { BillingRunsModule } from '../runs/billing-runs.module';
import { ExceptionsController } from './exceptions.controller';
import { RetryExceptionUseCase } from './retry-exception.use-case';

/**
 * The workbench over billing's cases: list, get, assign, note, dismiss and resolve, and a retry
 * of an invoice that gave up or of a stuck run.
 */
@Module({
  imports: [
    ExceptionCasesModule,
    ExceptionWorkbenchModule.forFlow({ flow: BILLING_FLOW, operationName: 'Billing' }),
    BillingRunsModule,
  ],
  controllers: [ExceptionsController],
  providers: [RetryExceptionUseCase, { provide: CaseRetry, useExisting: RetryExceptionUseCase }],
  exports: [CaseRetry],
})
export class ExceptionsModule {}
