import { Module } from '@nestjs/common';
import { BenchController } from './bench.controller';
import { ForecastsController } from './forecasts.controller';
import { ProvisionalProjectsController } from './provisional-projects.controller';
import { UtilisationController } from './utilisation.controller';

/**
 * What will happen, for delivery and finance: project forecasts and their versions,
 * utilisation and the bench (process-forecast), and late-stage deals' provisional projects with
 * their demand (process-onboarding), each passed through with the caller's problems.
 */
@Module({
  controllers: [
    ForecastsController,
    UtilisationController,
    BenchController,
    ProvisionalProjectsController,
  ],
})
export class ForecastsModule {}
