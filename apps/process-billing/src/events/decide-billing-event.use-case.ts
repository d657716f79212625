import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '@p2c/flow';
import { JobData, OutboxRelay, QueueName, addToOutbox } from '@p2c/messaging';
import { BillingEvent, BillingEventItem } from '@p2c/persistence';
import { ReasonException } from '@p2c/platform';
import type { InvoiceEventJobData } from '../invoicing/invoice-event-job-data';
import { BillingMetrics } from '../kpis/billing-metrics';
import { settleRun } from '../runs/finish-billing-run.use-case';
import {
  ProcessBillingErrorCode,
  ProcessBillingException,
} from '../common/process-billing.exception';
import { billingEventViews } from './billing-event-view';
import type { BillingEventDto } from '../runs/dto/billing-event.dto';

/**
 * Finance's decision on a billing event that waits above its legal entity's threshold, audited
 * with who and when. Approved, its invoice job goes out through the outbox in the same
 * transaction; rejected (with a reason), its items are deleted, so the next run bills that work
 * again. Either way its run settles once the decision is committed.
 */
@Injectable()
export class DecideBillingEventUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly metrics: BillingMetrics,
    private readonly config: ConfigService,
  ) {}

  async approve(id: string, actor: string): Promise<BillingEventDto> {
    const event = await this.decide(id, actor, 'approve', async (manager, event) => {
      await manager.update(BillingEvent, event.id, {
        status: 'pending',
        decidedBy: actor,
        decidedAt: new Date(),
      });
      await addToOutbox<JobData<InvoiceEventJobData>>(manager, {
        queue: QueueName.Invoicing,
        name: 'invoice-event',
        payload: { runId: event.runId, eventId: event.id },
        // the same tries as a run's invoices
        retry: {
          attempts: this.config.getOrThrow<number>('BILLING_INVOICE_ATTEMPTS'),
          backoffMs: this.config.getOrThrow<number>('BILLING_RETRY_BASE_MS'),
        },
      });
    });
    this.relay.publishNow();
    this.metrics.decided(event.legalEntity, 'approved');
    return event;
  }

  async reject(id: string, actor: string, reason: string): Promise<BillingEventDto> {
    const event = await this.decide(id, actor, 'reject', async (manager, event) => {
      await manager.delete(BillingEventItem, { billingEventId: event.id });
      await manager.update(BillingEvent, event.id, {
        status: 'rejected',
        decidedBy: actor,
        decidedAt: new Date(),
        rejectionReason: reason,
      });
    });
    this.metrics.decided(event.legalEntity, 'rejected');
    return event;
  }

  private async decide(
    id: string,
    actor: string,
    decision: 'approve' | 'reject',
    apply: (manager: EntityManager, event: BillingEvent) => Promise<void>,
  ): Promise<BillingEventDto> {
    const runId = await this.dataSource.transaction(async (manager) => {
      const event = await manager
        .getRepository(BillingEvent)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!event)
        throw new ProcessBillingException(
          ProcessBillingErrorCode.NOT_FOUND,
          `There is no billing event ${id}.`,
        );
      if (event.status !== 'pending_approval')
        throw new ReasonException(
          'NOT_AWAITING_APPROVAL',
          `Billing event ${id} is ${event.status}: only an event pending approval can be approved or rejected.`,
          { eventStatus: event.status },
        );
      await apply(manager, event);
      const after = await manager.findOneByOrFail(BillingEvent, { id });
      await recordAudit(manager, {
        actor,
        action: `billing-event.${decision}`,
        subjectType: 'billing_event',
        subjectId: id,
        before: { status: event.status },
        after: {
          status: after.status,
          net: String(after.netMinor),
          currency: after.currency,
          ...(after.rejectionReason ? { reason: after.rejectionReason } : {}),
        },
      });
      return event.runId;
    });
    await settleRun(this.dataSource.manager, runId);
    const [view] = await billingEventViews(this.dataSource.manager, [
      await this.dataSource.getRepository(BillingEvent).findOneByOrFail({ id }),
    ]);
    return view;
  }
}
