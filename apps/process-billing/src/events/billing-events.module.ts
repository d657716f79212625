import { Module } from '@nestjs/common';
import { OutboxModule } from '@p2c/messaging';
import { BillingEventsController } from './billing-events.controller';
import { DecideBillingEventUseCase } from './decide-billing-event.use-case';
import { GetBillingEventUseCase } from './get-billing-event.use-case';
import { ListBillingEventsUseCase } from './list-billing-events.use-case';

/** Billing events: listed and read, and finance's approval gate (approve, reject). */
@Module({
  imports: [OutboxModule],
  controllers: [BillingEventsController],
  providers: [ListBillingEventsUseCase, GetBillingEventUseCase, DecideBillingEventUseCase],
})
export class BillingEventsModule {}
