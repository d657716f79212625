import { Injectable } from '@nestjs/common';
import type { PsaEventDto } from '@p2c/canonical';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import { QueueName, psaEventTypesOn } from '@p2c/messaging';
import { StaffingEventJob } from './staffing-event.job';

/** process-forecast's name as a consumer of system-psa's event feed. */
export const PSA_CONSUMER = 'process-forecast';

/** The PSA event types the forecast takes: those published on its staffing queue. */
const STAFFING_TYPES = psaEventTypesOn(QueueName.PsaStaffingEvents);

/** Events read from the feed a page. */
const PAGE_SIZE = 200;

/**
 * The catch-up pass behind the staffing webhooks: reads system-psa's event feed on from the
 * forecast's checkpoint there (system-psa keeps it) and recomputes each project a staffing
 * change names, once per page however many changes it had (the newest change is the trigger).
 * The checkpoint is saved after the page's recomputations, so a crash reads the page again; a
 * change that also came by webhook finds the same figures and keeps no second version.
 */
@Injectable()
export class PollStaffingFeedUseCase {
  constructor(
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    private readonly staffing: StaffingEventJob,
  ) {}

  /** One pass to the end of the feed; answers how many versions it kept. */
  async execute(): Promise<number> {
    let cursor: string | undefined;
    let kept = 0;
    for (;;) {
      const page = await unwrap(
        this.psa.GET('/events', {
          params: { query: { cursor, consumer: PSA_CONSUMER, limit: PAGE_SIZE } },
        }),
      );
      const newest = new Map<string, PsaEventDto>();
      for (const event of page.items)
        if (STAFFING_TYPES.includes(event.type) && event.project) newest.set(event.project, event);
      for (const event of newest.values()) if (await this.staffing.take(event)) kept++;
      await unwrap(
        this.psa.PUT('/checkpoints/{feed}/{consumer}', {
          params: { path: { feed: 'events', consumer: PSA_CONSUMER } },
          body: { cursor: page.checkpoint },
        }),
      );
      if (!page.nextCursor) return kept;
      cursor = page.nextCursor;
    }
  }
}
