import { Scenario } from '../scenario/scenario.types';
import { IdSequence } from '../world/id-sequence';
import { SandboxClock } from '../world/sandbox-clock';
import { StateChange, VendorState } from '../world/vendor-state';
import { toMinor } from '@p2c/canonical';
import { changeEvents } from './change-events';
import {
  BOOKKEEPING_FIELDS,
  PSA_COLLECTIONS,
  PSA_FIRST_IDS,
  PsaCollection,
  VERSIONED_COLLECTIONS,
} from './psa-collections';
import { PsaEvent, PsaEventDraft } from './psa-events';
import type { PsaRecord } from './psa-record';

export type PsaEventListener = (event: PsaEvent) => void;

/**
 * What the PSA holds for one world, by collection and PSA id. Every change goes through `save`,
 * which does what the vendor does on a change: stamps times, bumps versions and records the
 * events a subscriber (the pull feed, the webhook dispatcher) sees.
 */
export class PsaState implements VendorState {
  private readonly data = new Map<PsaCollection, Map<string, PsaRecord>>(
    PSA_COLLECTIONS.map((name) => [name, new Map()]),
  );
  private readonly listeners = new Set<PsaEventListener>();
  private readonly revisions = new Map<PsaCollection, number>();
  private lastTime = Number.NaN;
  private lastIso = '';

  constructor(
    private readonly ids: IdSequence,
    readonly clock: SandboxClock,
  ) {}

  /** Users, roles, their cost rates and the rate cards; workspaces come later through the API. */
  static seed(scenario: Scenario, ids: IdSequence, clock: SandboxClock): PsaState {
    const state = new PsaState(ids, clock);
    const roleIds = new Map<string, string>();
    for (const role of scenario.roles)
      roleIds.set(role.code, state.seedRecord('roles', { name: role.name, code: role.code }).id);
    for (const worker of scenario.workers) {
      const user = state.seedRecord('users', {
        full_name: worker.name,
        email_address: worker.email ?? null,
        employee_number: worker.id,
        role_id: roleIds.get(worker.role) ?? null,
        active: worker.active ?? true,
      });
      for (const rate of worker.costRates)
        state.seedRecord('cost_rates', {
          user_id: user.id,
          rate_in_cents: Number(toMinor(rate.rate)),
          currency: rate.currency,
          effective_from: rate.effectiveFrom,
          effective_to: rate.effectiveTo ?? null,
        });
    }
    for (const card of scenario.rateCards) {
      const rateCard = state.seedRecord('rate_cards', {
        title: card.code,
        currency: card.currency,
      });
      for (const line of card.lines)
        state.seedRecord('rate_card_roles', {
          rate_card_id: rateCard.id,
          role_id: roleIds.get(line.role) ?? null,
          rate_in_cents: Number(toMinor(line.rate)),
          effective_from: line.effectiveFrom,
          effective_to: line.effectiveTo ?? null,
        });
    }
    return state;
  }

  collections(): Record<string, Map<string, PsaRecord>> {
    return Object.fromEntries(this.data);
  }

  records(collection: PsaCollection): Map<string, PsaRecord> {
    return this.data.get(collection)!;
  }

  find(collection: PsaCollection, id: unknown): PsaRecord | undefined {
    return typeof id === 'string' ? this.records(collection).get(id) : undefined;
  }

  /** Changes with every change to the collection: what a cached listing of it is valid for. */
  revision(collection: PsaCollection): number {
    return this.revisions.get(collection) ?? 0;
  }

  /** Drops records of a collection, as a vendor's retention does (no events). */
  expire(collection: PsaCollection, ids: string[]): void {
    if (ids.length === 0) return;
    for (const id of ids) this.records(collection).delete(id);
    this.changed(collection);
  }

  newId(collection: string): string {
    const first = PSA_FIRST_IDS[collection as PsaCollection] ?? 1;
    return String(this.ids.next(`psa:${collection}`, first));
  }

  /** The sandbox clock's time as an ISO string (one string per millisecond, not per call). */
  now(): string {
    const time = this.clock.now().getTime();
    if (time !== this.lastTime) {
      this.lastTime = time;
      this.lastIso = new Date(time).toISOString();
    }
    return this.lastIso;
  }

  /**
   * A new record with a fresh id. Stored records are never mutated, only replaced, so an event's
   * payload can be the record as it was when the event happened.
   */
  insert(collection: PsaCollection, fields: PsaRecord): PsaRecord & { id: string } {
    const record = { id: this.newId(collection), ...fields };
    return this.store(collection, undefined, record) as PsaRecord & { id: string };
  }

  update(collection: PsaCollection, before: PsaRecord, changes: PsaRecord): PsaRecord {
    return this.store(collection, before, { ...before, ...changes, id: before.id })!;
  }

  remove(collection: PsaCollection, before: PsaRecord): void {
    this.store(collection, before, undefined);
  }

  /** The generic state API changed a record directly: do what the vendor's screens would. */
  recordChanged(change: StateChange): void {
    const collection = change.collection as PsaCollection;
    if (!this.data.has(collection) || collection === 'subscribed_events') return;
    this.store(collection, change.before, change.after && { ...change.after });
  }

  /**
   * Stores `after` (a new object of the caller's, stamped here) in place of `before` (absent: a
   * create; `after` absent: a delete) and records the events the change means.
   */
  private store(
    collection: PsaCollection,
    before: PsaRecord | undefined,
    after: PsaRecord | undefined,
  ): PsaRecord | undefined {
    const records = this.records(collection);
    if (after) {
      const now = this.now();
      if (VERSIONED_COLLECTIONS.has(collection))
        after.version =
          !before || isEdit(before, after)
            ? Number(before?.version ?? 0) + 1
            : (before.version ?? 1);
      after.created_at = before?.created_at ?? after.created_at ?? now;
      after.updated_at = now;
      records.set(String(after.id), after);
    } else if (before) {
      records.delete(String(before.id));
    }
    this.changed(collection);
    for (const draft of changeEvents(collection, before, after, this)) this.recordEvent(draft);
    return after;
  }

  private changed(collection: PsaCollection): void {
    this.revisions.set(collection, this.revision(collection) + 1);
  }

  /** A record as the scenario gives it: no events, nothing has happened yet. */
  private seedRecord(collection: PsaCollection, fields: PsaRecord): PsaRecord & { id: string } {
    const now = this.now();
    const record = { id: this.newId(collection), ...fields, created_at: now, updated_at: now };
    this.records(collection).set(record.id, record);
    return record;
  }

  /** Hears every event recorded from now on; returns the way to stop listening. */
  subscribe(listener: PsaEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private recordEvent(draft: PsaEventDraft): void {
    const now = this.now();
    const event: PsaEvent = {
      id: this.newId('subscribed_events'),
      event_type: draft.type,
      subject_type: draft.subjectType,
      subject_id: String(draft.subject.id),
      subject_changed_at: String(draft.subject.updated_at ?? now),
      created_at: now,
      payload: draft.subject,
    };
    this.records('subscribed_events').set(event.id, event);
    this.changed('subscribed_events');
    for (const listener of this.listeners) listener(event);
  }
}

function isEdit(before: PsaRecord, after: PsaRecord): boolean {
  for (const key in after)
    if (!BOOKKEEPING_FIELDS.has(key) && !sameValue(before[key], after[key])) return true;
  for (const key in before) if (!(key in after) && !BOOKKEEPING_FIELDS.has(key)) return true;
  return false;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return (
    typeof a === 'object' &&
    typeof b === 'object' &&
    a !== null &&
    b !== null &&
    JSON.stringify(a) === JSON.stringify(b)
  );
}
