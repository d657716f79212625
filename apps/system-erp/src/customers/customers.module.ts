import { Module } from '@nestjs/common';
import { ErpModule } from '../erp/erp.module';
import { CustomersController } from './customers.controller';
import { ErpCustomerMapper } from './erp-customer.mapper';
import { FindCustomerMatchesUseCase } from './find-customer-matches.use-case';
import { GetCustomerUseCase } from './get-customer.use-case';
import { LinkCustomerUseCase } from './link-customer.use-case';
import { UpsertCustomerUseCase } from './upsert-customer.use-case';

@Module({
  imports: [ErpModule],
  controllers: [CustomersController],
  providers: [
    ErpCustomerMapper,
    FindCustomerMatchesUseCase,
    GetCustomerUseCase,
    LinkCustomerUseCase,
    UpsertCustomerUseCase,
  ],
})
export class CustomersModule {}
