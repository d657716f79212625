import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import { OutboxRelay } from '@p2c/messaging';
import { TIME_EVENT_TYPES } from './psa-events';
import { PSA_CONSUMER, PsaFeedCheckpoints } from './psa-feed-checkpoints';
import { PsaEventIntake } from './psa-event-intake';

/**
 * The catch-up pass behind the webhooks: reads system-psa's event feed on from process-time's
 * checkpoint there and hands the events process-time owns straight to the intake, a page per
 * transaction. An event that also came by webhook (or twice from the overlapping passes) is a
 * repeat the intake ignores.
 */
@Injectable()
export class PollFeedUseCase {
  private readonly logger = new Logger(PollFeedUseCase.name);
  private readonly pageSize: number;

  constructor(
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    private readonly dataSource: DataSource,
    private readonly events: PsaEventIntake,
    private readonly checkpoints: PsaFeedCheckpoints,
    private readonly relay: OutboxRelay,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.pageSize = config.getOrThrow<number>('TIME_PAGE_SIZE');
  }

  /** One pass to the end of the feed; returns how many entries changed. */
  async execute(): Promise<number> {
    let cursor: string | undefined;
    let changed = 0;
    for (;;) {
      const page = await unwrap(
        this.psa.GET('/events', {
          params: { query: { cursor, consumer: PSA_CONSUMER, limit: this.pageSize } },
        }),
      );
      const events = page.items.filter((event) => TIME_EVENT_TYPES.includes(event.type));
      const taken = await this.dataSource.transaction((manager) =>
        this.events.take(manager, events, (event, reason) =>
          this.logger.error(
            `PSA event ${event.id} (${event.type}) could not be taken in: ${reason}`,
          ),
        ),
      );
      if (taken > 0) this.relay.publishNow();
      changed += taken;
      await this.checkpoints.save('events', page.checkpoint);
      if (!page.nextCursor) return changed;
      cursor = page.nextCursor;
    }
  }
}
