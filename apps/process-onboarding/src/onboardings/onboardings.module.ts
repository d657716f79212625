import { Module } from '@nestjs/common';
import { FlowModule } from '../flow/flow.module';
import { GetOnboardingUseCase } from './get-onboarding.use-case';
import { ListOnboardingsUseCase } from './list-onboardings.use-case';
import { OnboardingsController } from './onboardings.controller';
import { RetryOnboardingUseCase } from './retry-onboarding.use-case';
import { StartOnboardingUseCase } from './start-onboarding.use-case';

/** The onboardings API: start, follow and resume onboardings. */
@Module({
  imports: [FlowModule],
  controllers: [OnboardingsController],
  providers: [
    StartOnboardingUseCase,
    ListOnboardingsUseCase,
    GetOnboardingUseCase,
    RetryOnboardingUseCase,
  ],
  exports: [RetryOnboardingUseCase],
})
export class OnboardingsModule {}
