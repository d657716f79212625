import { Module } from '@nestjs/common';
import { CrmModule } from '../crm/crm.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { ChangeOrderAssembler } from './change-order-assembler';
import { ChangeOrdersController } from './change-orders.controller';
import { GetChangeOrder } from './get-change-order.use-case';
import { ReadChangeOrderChanges } from './read-change-order-changes.use-case';

@Module({
  imports: [CrmModule, OpportunitiesModule],
  controllers: [ChangeOrdersController],
  providers: [ChangeOrderAssembler, ReadChangeOrderChanges, GetChangeOrder],
})
export class ChangeOrdersModule {}
