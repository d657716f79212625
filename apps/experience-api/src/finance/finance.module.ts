import { Module } from '@nestjs/common';
import { BillingEventsController } from './billing-events.controller';
import { BillingRunsController } from './billing-runs.controller';
import { ReconciliationsController } from './reconciliations.controller';

/**
 * Finance's actions on billing (runs, approvals, reconciliations), each passed to
 * process-billing, which audits it with the acting user.
 */
@Module({
  controllers: [BillingRunsController, BillingEventsController, ReconciliationsController],
})
export class FinanceModule {}
