import { Injectable } from '@nestjs/common';
import type { PaymentSyncDto } from './dto/payment-sync.dto';
import { SyncPaymentsUseCase } from './sync-payments.use-case';

/** The payment-sync queue's job name: one scheduled pass over every open invoice. */
export const SYNC_PAYMENTS_JOB = 'sync-payments';

/** One tick of the payment sync's schedule; the next tick is its retry. */
@Injectable()
export class PaymentSyncJob {
  constructor(private readonly sync: SyncPaymentsUseCase) {}

  process(): Promise<PaymentSyncDto> {
    return this.sync.execute();
  }
}
