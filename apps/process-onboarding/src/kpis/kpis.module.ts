import { Module } from '@nestjs/common';
import { KpisController } from './kpis.controller';
import { OnboardingMetrics } from './onboarding-metrics';
import { ReadKpisUseCase } from './read-kpis.use-case';

/** The KPIs on the API (`GET /kpis`) and as Prometheus metrics. */
@Module({
  controllers: [KpisController],
  providers: [ReadKpisUseCase, OnboardingMetrics],
  exports: [OnboardingMetrics],
})
export class KpisModule {}
