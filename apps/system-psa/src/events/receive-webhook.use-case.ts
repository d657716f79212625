import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PsaEventType } from '@p2c/canonical';
import { currentCorrelationId } from '@p2c/observability';
import { InboxMessage, InboxStatus } from '@p2c/persistence';
import { EventMapper } from './event-mapper';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';
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
 * Hands a signed PSA webhook to the process tier through the inbox: the event in canonical terms,
 * one row per PSA event id (a redelivery, or the same event read from the feed, is a no-op).
 */
@Injectable()
export class ReceiveWebhookUseCase {
  constructor(
    private readonly mapper: EventMapper,
    private readonly dataSource: DataSource,
  ) {}

  async execute(body: unknown): Promise<WebhookReceiptDto> {
    const parsed = psaEventSchema.safeParse(body);
    if (!parsed.success)
      throw new SystemPsaException(
        SystemPsaErrorCode.VALIDATION_FAILED,
        'The body is not a PSA event.',
        {
          errors: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
        },
      );
    const [event] = await this.mapper.map([parsed.data as PsaEvent]);
    const result = await this.dataSource
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
    return { eventId: event.id, duplicate: result.raw.length === 0 };
  }
}
