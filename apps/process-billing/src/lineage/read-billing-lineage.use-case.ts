import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  LineageDto,
  LineageLinkDto,
  hopLink,
  inChainOrder,
  ledgerHops,
  linkAmount,
} from '@p2c/flow';
import { BillingEvent, BillingEventItem, BillingPayment } from '@p2c/persistence';
import {
  ProcessBillingErrorCode,
  ProcessBillingException,
} from '../common/process-billing.exception';
import { BILLING_FLOW } from '../runs/billing-flow';
import type { BillingLineageQueryDto } from './dto/billing-lineage.query.dto';

/** The ERP record type a posting of this kind is. */
const POSTED_AS = { TIME: 'timeBill', EXPENSE: 'expenseReport' } as const;

function postingLink(item: BillingEventItem): LineageLinkDto {
  return {
    stage: 'posting',
    system: 'erp',
    type: POSTED_AS[item.kind as keyof typeof POSTED_AS],
    id: item.postingId!,
    version: String(item.postedVersion),
    status: 'succeeded',
    amount: linkAmount(item.amountMinor, item.currency),
    from: item.sourceId ? [item.sourceId] : [],
    startedAt: (item.postedAt ?? item.createdAt).toISOString(),
    completedAt: item.postedAt?.toISOString(),
  };
}

function eventLink(event: BillingEvent, postings: string[]): LineageLinkDto {
  return {
    stage: 'billing-event',
    system: 'gateway',
    type: 'billing_event',
    id: event.id,
    status: event.status,
    amount: linkAmount(event.netMinor, event.currency),
    from: postings,
    startedAt: event.createdAt.toISOString(),
    completedAt: event.invoicedAt?.toISOString(),
  };
}

function paymentLink(payment: BillingPayment): LineageLinkDto {
  return {
    stage: 'payment',
    system: 'erp',
    type: 'customer_payment',
    id: payment.id,
    externalId: payment.erpPaymentId,
    number: payment.number,
    status: 'received',
    amount: linkAmount(payment.amountMinor, payment.currency),
    from: [payment.billingEventId],
    startedAt: payment.createdAt.toISOString(),
    completedAt: `${payment.receivedOn}T00:00:00.000Z`,
  };
}

/**
 * Billing's part of project-to-cash lineage, from its own tables and sync ledger: by posting, the
 * billing events that billed it, their invoices and payments; by billing event, the reverse too
 * (the posting versions it bills).
 */
@Injectable()
export class ReadBillingLineageUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(query: BillingLineageQueryDto): Promise<LineageDto> {
    if (query.posting && query.billingEvent)
      throw new ProcessBillingException(
        ProcessBillingErrorCode.VALIDATION_FAILED,
        'Give posting or billingEvent, not both.',
      );
    return this.dataSource.transaction('REPEATABLE READ', (manager) =>
      query.billingEvent
        ? this.ofEvent(manager, query.billingEvent)
        : this.ofPostings(manager, query.posting ?? []),
    );
  }

  private async ofPostings(manager: EntityManager, postings: string[]): Promise<LineageDto> {
    const items = await manager.find(BillingEventItem, {
      where: { postingId: In(postings) },
    });
    if (items.length === 0)
      throw new ProcessBillingException(
        ProcessBillingErrorCode.NOT_FOUND,
        `No billing event has billed ${postings.join(', ')}.`,
      );
    const events = await manager.find(BillingEvent, {
      where: { id: In([...new Set(items.map((item) => item.billingEventId))]) },
    });
    const billedBy = (event: BillingEvent) => [
      ...new Set(
        items.filter((item) => item.billingEventId === event.id).map((item) => item.postingId!),
      ),
    ];
    return this.onwards(manager, events, billedBy);
  }

  private async ofEvent(manager: EntityManager, id: string): Promise<LineageDto> {
    const event = await manager.findOneBy(BillingEvent, { id });
    if (!event)
      throw new ProcessBillingException(
        ProcessBillingErrorCode.NOT_FOUND,
        `There is no billing event ${id}.`,
      );
    const items = await manager.find(BillingEventItem, {
      where: { billingEventId: id },
      order: { postingId: 'ASC', postedVersion: 'ASC' },
    });
    const posted = items.filter((item) => item.postingId !== null);
    const chain = await this.onwards(manager, [event], () => [
      ...new Set(posted.map((item) => item.postingId!)),
    ]);
    return { links: inChainOrder([...posted.map(postingLink), ...chain.links]) };
  }

  /** The events, each made from `from(event)`, with their invoices and payments. */
  private async onwards(
    manager: EntityManager,
    events: BillingEvent[],
    from: (event: BillingEvent) => string[],
  ): Promise<LineageDto> {
    const ids = events.map((event) => event.id);
    const [invoices, payments] = await Promise.all([
      ledgerHops(manager, {
        sourceSystem: 'gateway',
        sourceType: 'billing_event',
        sourceIds: ids,
        flows: [BILLING_FLOW],
      }),
      manager.find(BillingPayment, { where: { billingEventId: In(ids) } }),
    ]);
    const eventOf = new Map(events.map((event) => [event.id, event]));
    const invoiceLinks = invoices.map((hop): LineageLinkDto => {
      const event = eventOf.get(hop.sourceId)!;
      const invoiced = event.status === 'invoiced';
      return {
        ...hopLink(hop, 'invoice', event.id),
        number: event.invoiceNumber ?? undefined,
        // once the ERP holds it, where it stands with the customer
        status: invoiced ? event.paymentStatus : hop.status,
        amount: invoiced
          ? linkAmount(event.invoiceTotalMinor, event.currency)
          : linkAmount(hop.amountMinor, hop.currency),
      };
    });
    return {
      links: inChainOrder([
        ...events.map((event) => eventLink(event, from(event))),
        ...invoiceLinks,
        ...payments.map(paymentLink),
      ]),
    };
  }
}
