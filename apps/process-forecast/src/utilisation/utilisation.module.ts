import { Module } from '@nestjs/common';
import { ForecastCommonModule } from '../common/forecast-common.module';
import { ReadBenchUseCase } from './read-bench.use-case';
import { ReadUtilisationUseCase } from './read-utilisation.use-case';
import { UtilisationController } from './utilisation.controller';

/** Utilisation per worker per week and the bench, over the newest forecasts' plans. */
@Module({
  imports: [ForecastCommonModule],
  controllers: [UtilisationController],
  providers: [ReadUtilisationUseCase, ReadBenchUseCase],
})
export class UtilisationModule {}
