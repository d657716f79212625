import { Module } from '@nestjs/common';
import { CaseRetry, ExceptionWorkbenchModule } from '@p2c/flow';
import { ONBOARDING_FLOW } from '../flow/step-name';
import { OnboardingsModule } from '../onboardings/onboardings.module';
import { ExceptionsController } from './exceptions.controller';
import { RetryExceptionUseCase } from './retry-exception.use-case';

/** The workbench over the onboarding flow's cases, with a retry that resumes their onboarding. */
@Module({
  imports: [
    ExceptionWorkbenchModule.forFlow({ flow: ONBOARDING_FLOW, operationName: 'Onboarding' }),
    OnboardingsModule,
  ],
  controllers: [ExceptionsController],
  providers: [RetryExceptionUseCase, { provide: CaseRetry, useExisting: RetryExceptionUseCase }],
  exports: [CaseRetry],
})
export class ExceptionsModule {}
