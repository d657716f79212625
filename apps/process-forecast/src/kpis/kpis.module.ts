import { Module } from '@nestjs/common';
import { ForecastCommonModule } from '../common/forecast-common.module';
import { KpisController } from './kpis.controller';
import { ReadForecastKpisUseCase } from './read-forecast-kpis.use-case';

/** The forecast's figures for the dashboards. */
@Module({
  imports: [ForecastCommonModule],
  controllers: [KpisController],
  providers: [ReadForecastKpisUseCase],
})
export class KpisModule {}
