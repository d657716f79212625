import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { sqlRows } from '@p2c/flow';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { WRITE_BACK_INVOICE_JOB, WriteBackInvoiceJobData } from './write-back-invoice-job-data';

/**
 * Queues again the write-back of every invoiced event whose PSA copy has been behind, untouched,
 * for BILLING_PSA_CATCH_UP_MS (every change of its standing and every try touch the row): its
 * retries ran out while the PSA was down, or the PSA refused it and someone has since corrected
 * the PSA. A write-back that is merely on its way is younger than that. The job id names the event,
 * its standing and that last touch, so passes that overlap queue it once. Answers how many it
 * queued.
 */
@Injectable()
export class CatchUpWriteBacks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
    private readonly config: ConfigService,
  ) {}

  async execute(legalEntity?: string): Promise<number> {
    const behind = await sqlRows<{ id: string; version: number; touched: string }>(
      this.dataSource.manager,
      `SELECT id, standing_version AS version,
              (extract(epoch FROM updated_at) * 1000)::bigint::text AS touched
         FROM billing_events
        WHERE status = 'invoiced' AND psa_version < standing_version
          AND ($1::text IS NULL OR legal_entity = $1)
          AND updated_at < now() - $2 * interval '1 millisecond'
        ORDER BY id`,
      [legalEntity ?? null, this.config.getOrThrow<number>('BILLING_PSA_CATCH_UP_MS')],
    );
    for (const event of behind)
      await this.queues.enqueue<WriteBackInvoiceJobData>(
        QueueName.InvoiceStatus,
        WRITE_BACK_INVOICE_JOB,
        { eventId: event.id },
        { jobId: `psa-catch-up-${event.id}-${event.version}-${event.touched}` },
      );
    return behind.length;
  }
}
