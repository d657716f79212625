import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { ApiProblemError } from '@p2c/clients';
import { sqlRows } from '@p2c/flow';
import { CatchUpWriteBacks } from '../delivery-sync/catch-up-write-backs';
import type { PaymentSyncDto } from './dto/payment-sync.dto';
import { SyncInvoicePayments } from './sync-invoice-payments';

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * One payment sync pass, scheduled or asked for: every open invoice (invoiced, not yet paid in
 * full) of the legal entity, or of all of them, is read from the ERP and what changed recorded
 * (SyncInvoicePayments). An invoice the ERP cannot answer for just now is counted and left to
 * the next pass. Then the PSA write-backs that fell behind are queued again.
 */
@Injectable()
export class SyncPaymentsUseCase {
  private readonly logger = new Logger(SyncPaymentsUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly invoice: SyncInvoicePayments,
    private readonly catchUp: CatchUpWriteBacks,
    private readonly config: ConfigService,
  ) {}

  async execute(legalEntity?: string): Promise<PaymentSyncDto> {
    const batch = this.config.getOrThrow<number>('BILLING_PAYMENT_SYNC_BATCH');
    const outcome: PaymentSyncDto = {
      legalEntity,
      checked: 0,
      changed: 0,
      payments: 0,
      failed: 0,
      writeBacksQueued: 0,
    };
    let after = FIRST_ID;
    for (;;) {
      const open = await sqlRows<{ id: string }>(
        this.dataSource.manager,
        `SELECT id FROM billing_events
          WHERE status = 'invoiced' AND document = 'invoice'
            AND payment_status IN ('OPEN', 'PARTIALLY_PAID')
            AND ($1::text IS NULL OR legal_entity = $1) AND id > $2
          ORDER BY id LIMIT $3`,
        [legalEntity ?? null, after, batch],
      );
      for (const { id } of open) {
        try {
          const result = await this.invoice.execute(id);
          outcome.checked++;
          if (result.changed) outcome.changed++;
          outcome.payments += result.payments;
        } catch (error) {
          if (!(error instanceof ApiProblemError)) throw error;
          outcome.failed++;
          this.logger.warn(`payments of billing event ${id} not read: ${error.message}`);
        }
      }
      if (open.length < batch) break;
      after = open[open.length - 1].id;
    }
    outcome.writeBacksQueued = await this.catchUp.execute(legalEntity);
    return outcome;
  }
}
