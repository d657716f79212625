import { Module } from '@nestjs/common';
import { CrmModule } from '../crm/crm.module';
import { CustomerAssembler } from './customer-assembler';
import { CustomersController } from './customers.controller';
import { GetCustomer } from './get-customer.use-case';
import { ReadCustomerChanges } from './read-customer-changes.use-case';

@Module({
  imports: [CrmModule],
  controllers: [CustomersController],
  providers: [CustomerAssembler, ReadCustomerChanges, GetCustomer],
})
export class CustomersModule {}
