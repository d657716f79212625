import { Module } from '@nestjs/common';
import { ForecastCommonModule } from '../common/forecast-common.module';
import { ReadRevenueForecastUseCase } from './read-revenue-forecast.use-case';
import { RevenueController } from './revenue.controller';

/** The revenue forecast per legal entity and month. */
@Module({
  imports: [ForecastCommonModule],
  controllers: [RevenueController],
  providers: [ReadRevenueForecastUseCase],
})
export class RevenueModule {}
