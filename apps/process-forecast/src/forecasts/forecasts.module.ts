import { Module } from '@nestjs/common';
import { ForecastCommonModule } from '../common/forecast-common.module';
import { ExceptionCasesModule } from '@p2c/flow';
import { OutboxModule } from '@p2c/messaging';
import { ForecastInputsReader } from './compute/forecast-inputs-reader';
import { ForecastsController } from './forecasts.controller';
import { GetForecastUseCase } from './get-forecast.use-case';
import { ListForecastsUseCase } from './list-forecasts.use-case';
import { ListVersionsUseCase } from './list-versions.use-case';
import { RecomputeForecastUseCase } from './recompute-forecast.use-case';
import { RequestRecomputeUseCase } from './request-recompute.use-case';

/** Project forecasts: their recomputation and versions, and the routes that read them. */
@Module({
  imports: [ForecastCommonModule, ExceptionCasesModule, OutboxModule],
  controllers: [ForecastsController],
  providers: [
    ForecastInputsReader,
    RecomputeForecastUseCase,
    GetForecastUseCase,
    ListForecastsUseCase,
    ListVersionsUseCase,
    RequestRecomputeUseCase,
  ],
  exports: [RecomputeForecastUseCase],
})
export class ForecastsModule {}
