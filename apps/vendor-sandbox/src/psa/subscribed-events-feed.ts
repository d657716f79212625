import { psaValidationError } from './psa-errors';
import type { PsaRecord } from './psa-record';
import type { PsaState } from './psa-state';
import { PsaEnvelope, PsaQuery, envelope, listingKey, pageOf } from './psa-envelope';
import type { PsaListCache } from './psa-list-cache';

export const FEED_RETENTION_DAYS = 9;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The feed hands out events in blocks of this many, each block backwards, and repeats one. */
const SHUFFLE_BLOCK = 10;

function timestamp(query: PsaQuery, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  const time = Date.parse(raw);
  if (Number.isNaN(time))
    throw psaValidationError([{ field: name, message: `${name} must be an ISO 8601 datetime` }]);
  return new Date(time).toISOString();
}

/**
 * `GET subscribed_events.json`, as hard on a client as the real feed: events older than 9 days
 * are gone, the order is not creation order, and an event may come twice (here: the last of each
 * block of ten comes again at the start of the next). Filters: `created_after`, `created_before`
 * (exclusive) and `event_types` (comma-separated).
 */
export function subscribedEventsPage(
  state: PsaState,
  query: PsaQuery,
  cache: PsaListCache,
): PsaEnvelope {
  const page = pageOf(query);
  const after = timestamp(query, 'created_after');
  const before = timestamp(query, 'created_before');
  const types = query.event_types ? new Set(query.event_types.split(',')) : undefined;
  expireOldEvents(state);
  const listed = cache.rows(state, 'subscribed_events', listingKey(query), () => {
    const matched: PsaRecord[] = [];
    for (const event of state.records('subscribed_events').values()) {
      const created = String(event.created_at);
      if (after !== undefined && created <= after) continue;
      if (before !== undefined && created >= before) continue;
      if (types && !types.has(String(event.event_type))) continue;
      matched.push(event);
    }
    return feedOrder(matched.length).map((index) => matched[index]);
  });
  const first = (page.number - 1) * page.size;
  const rows = listed.slice(first, first + page.size);
  return envelope(state, 'subscribed_events', rows, [], listed.length, page);
}

/** Events are kept in creation order, so the expired ones are at the front. */
function expireOldEvents(state: PsaState): void {
  const horizon = new Date(
    state.clock.now().getTime() - FEED_RETENTION_DAYS * DAY_MS,
  ).toISOString();
  const expired: string[] = [];
  for (const [id, event] of state.records('subscribed_events')) {
    if (String(event.created_at) >= horizon) break;
    expired.push(id);
  }
  state.expire('subscribed_events', expired);
}

/** Indexes into the matched events: each block reversed, preceded by a repeat of the one before. */
export function feedOrder(count: number): number[] {
  const order: number[] = [];
  for (let start = 0; start < count; start += SHUFFLE_BLOCK) {
    if (start > 0) order.push(start - 1);
    for (let index = Math.min(start + SHUFFLE_BLOCK, count) - 1; index >= start; index -= 1)
      order.push(index);
  }
  return order;
}
