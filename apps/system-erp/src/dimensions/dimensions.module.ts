import { Module } from '@nestjs/common';
import { ErpModule } from '../erp/erp.module';
import { AccountingPeriodsUseCase } from './accounting-periods.use-case';
import { DimensionsController } from './dimensions.controller';
import { ListDimensionsUseCase } from './list-dimensions.use-case';
import { ValidateDimensionsUseCase } from './validate-dimensions.use-case';

@Module({
  imports: [ErpModule],
  controllers: [DimensionsController],
  providers: [AccountingPeriodsUseCase, ListDimensionsUseCase, ValidateDimensionsUseCase],
})
export class DimensionsModule {}
