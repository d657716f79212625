import { Module } from '@nestjs/common';
import { ExceptionWorkbenchModule } from '@p2c/flow';
import { BILLING_FLOW } from '../runs/billing-flow';

/** The workbench over billing's cases: list, get, assign, note, dismiss and resolve. */
@Module({
  imports: [ExceptionWorkbenchModule.forFlow({ flow: BILLING_FLOW, operationName: 'Billing' })],
})
export class ExceptionsModule {}
