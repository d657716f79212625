import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PsaEventType } from '@p2c/canonical';
import { OutboxRelay, PSA_EVENT_QUEUES, PsaEventJobData, addToOutbox } from '@p2c/messaging';
import { currentCorrelationId } from '@p2c/observability';
import { InboxMessage, InboxStatus } from '@p2c/persistence';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';
import { EventMapper } from './event-mapper';
import type { PsaEvent } from '../psa/psa-records';
import { psaEventSchema } from './psa-event.schema';
import type { WebhookReceiptDto } from './dto/webhook-receipt.dto';

/** Stored as already handled: nothing in the process tier acts on them. */
const NOTHING_TO_DO: ReadonlySet<PsaEventType> = new Set([
  'PROJECT_CREATED',
  'PROJECT_UPDATED',
  'OTHER',
]);

/**
 * Takes a signed PSA webhook into the inbox: the event in canonical terms, one row per PSA event
 * id (a redelivery, or the same event read from the feed, is a no-op). An event type some process
 * app consumes (PSA_EVENT_QUEUES) is also published, ids only, through the outbox in the same
 * transaction, right after it commits.
 */
@Injectable()
export class ReceiveWebhookUseCase {
  constructor(
    private readonly mapper: EventMapper,
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(body: unknown): Promise<WebhookReceiptDto> {
    const parsed = psaEventSchema.safeParse(body);
    if (!parsed.success)
      throw new SystemPsaException(
        SystemPsaErrorCode.VALIDATION_FAILED,
        'The body is not a PSA event.',
        { errors: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) },
      );
    const [event] = await this.mapper.map([parsed.data as PsaEvent]);
    const queue = PSA_EVENT_QUEUES[event.type];
    const stored = await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(InboxMessage)
        .values({
          sourceSystem: 'psa',
          eventId: event.id,
          eventType: event.type,
          payload: { ...event },
          correlationId: currentCorrelationId() ?? null,
          status: (NOTHING_TO_DO.has(event.type) ? 'ignored' : 'received') satisfies InboxStatus,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const first = result.raw.length > 0;
      if (first && queue)
        await addToOutbox<PsaEventJobData>(manager, {
          queue,
          name: event.type,
          payload: { eventId: event.id, eventType: event.type },
        });
      return first;
    });
    if (stored && queue) this.relay.publishNow();
    return { eventId: event.id, duplicate: !stored };
  }
}
