import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import { currentCorrelationId } from '@p2c/observability';
import { TIME_EVENT_TYPES } from './psa-events';
import { FeedCheckpoints } from './feed-checkpoints';

export const EVENTS_FEED = 'psa.events';

/**
 * Reads the PSA's event feed from its checkpoint and puts the events process-time owns into the
 * inbox, where webhooks put them too: the inbox is unique on the PSA's event id, so an event
 * that came both ways (or twice from the overlapping passes) is one row, handled once.
 */
@Injectable()
export class PollFeedUseCase {
  private readonly pageSize: number;

  constructor(
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    private readonly dataSource: DataSource,
    private readonly checkpoints: FeedCheckpoints,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.pageSize = config.getOrThrow<number>('TIME_PAGE_SIZE');
  }

  /** One pass to the end of the feed; returns how many new events went into the inbox. */
  async execute(): Promise<number> {
    let cursor = await this.checkpoints.read(EVENTS_FEED);
    let added = 0;
    for (;;) {
      const page = await unwrap(
        this.psa.GET('/events', { params: { query: { cursor, limit: this.pageSize } } }),
      );
      const events = page.items.filter((event) => TIME_EVENT_TYPES.includes(event.type));
      added += await this.dataSource.transaction(async (manager) => {
        const inserted: unknown[] = events.length
          ? await manager.query(
              `INSERT INTO inbox_messages (source_system, event_id, event_type, payload,
                                           correlation_id, status)
               SELECT 'psa', e.id, e.type, e.event, $2, 'received'
                 FROM jsonb_to_recordset($1::jsonb) AS e(id text, type text, event jsonb)
               ON CONFLICT ON CONSTRAINT uq_inbox_messages_source_event DO NOTHING
               RETURNING id`,
              [
                JSON.stringify(events.map((event) => ({ id: event.id, type: event.type, event }))),
                currentCorrelationId() ?? null,
              ],
            )
          : [];
        await this.checkpoints.save(manager, EVENTS_FEED, page.checkpoint);
        return inserted.length;
      });
      if (!page.nextCursor) return added;
      cursor = page.nextCursor;
    }
  }
}
