import { Module } from '@nestjs/common';
import { KpisController } from './kpis.controller';
import { OnboardingMetrics } from './onboarding-metrics';
import { ReadKpisUseCase } from './read-kpis.use-case';
import { ReadProjectBudgetsUseCase } from './read-project-budgets.use-case';

/** The KPIs on the API (`GET /kpis`, `/kpis/budgets`) and as Prometheus metrics. */
@Module({
  controllers: [KpisController],
  providers: [ReadKpisUseCase, ReadProjectBudgetsUseCase, OnboardingMetrics],
  exports: [OnboardingMetrics],
})
export class KpisModule {}
