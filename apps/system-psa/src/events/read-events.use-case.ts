import { Injectable } from '@nestjs/common';
import { PsaEventPageDto } from '@p2c/canonical';
import { PsaCheckpoints } from '../checkpoints/psa-checkpoints';
import { PassReader } from '../psa/pass-reader';
import type { PsaEvent } from '../psa/psa-records';
import type { EventsQueryDto } from './dto/events.query.dto';
import { EventMapper } from './event-mapper';

const DEFAULT_LIMIT = 100;

/**
 * The PSA's pull feed (`subscribed_events.json`: unordered, repeats, keeps 9 days) in passes that
 * overlap (see PassReader), each page without repeats of its own.
 */
@Injectable()
export class ReadEventsUseCase {
  constructor(
    private readonly passes: PassReader,
    private readonly mapper: EventMapper,
    private readonly checkpoints: PsaCheckpoints,
  ) {}

  async execute(query: EventsQueryDto): Promise<PsaEventPageDto> {
    const seen = new Set<string>();
    const { records, nextCursor, checkpoint } = await this.passes.read<PsaEvent>(
      {
        list: 'events',
        resource: 'subscribed_events',
        afterParameter: 'created_after',
        stampField: 'created_at',
        ascendingIds: false,
      },
      {
        cursor: await this.checkpoints.resume('events', query),
        since: query.since,
        limit: query.limit ?? DEFAULT_LIMIT,
        accept: (event) => !seen.has(event.id) && Boolean(seen.add(event.id)),
      },
    );
    return { items: await this.mapper.map(records), nextCursor, checkpoint };
  }
}
