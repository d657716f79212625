import { Scenario } from '../scenario/scenario.types';
import { IdSequence } from '../world/id-sequence';
import { SandboxClock } from '../world/sandbox-clock';
import { StateChange, VendorState } from '../world/vendor-state';
import { toMinor } from '../common/money';
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

export type { PsaRecord } from './psa-record';

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

  newId(collection: string): string {
    const first = PSA_FIRST_IDS[collection as PsaCollection] ?? 1;
    return String(this.ids.next(`psa:${collection}`, first));
  }

  now(): string {
    return this.clock.now().toISOString();
  }

  /** A new record with a fresh id (records are replaced on change, never mutated). */
  insert(collection: PsaCollection, fields: PsaRecord): PsaRecord & { id: string } {
    const record = { id: this.newId(collection), ...fields };
    return this.save(collection, undefined, record) as PsaRecord & { id: string };
  }

  update(collection: PsaCollection, before: PsaRecord, changes: PsaRecord): PsaRecord {
    return this.save(collection, before, { ...before, ...changes, id: before.id })!;
  }

  remove(collection: PsaCollection, before: PsaRecord): void {
    this.save(collection, before, undefined);
  }

  /**
   * Stores `after` in place of `before` (absent: a create; `after` absent: a delete), stamps it
   * and records the events the change means. Returns the record as stored.
   */
  save(collection: PsaCollection, before?: PsaRecord, after?: PsaRecord): PsaRecord | undefined {
    const records = this.records(collection);
    let stored: PsaRecord | undefined;
    if (after) {
      const now = this.now();
      const edited = !before || isEdit(before, after);
      stored = {
        ...after,
        created_at: before?.created_at ?? after.created_at ?? now,
        updated_at: now,
      };
      if (VERSIONED_COLLECTIONS.has(collection))
        stored.version = edited ? Number(before?.version ?? 0) + 1 : (before?.version ?? 1);
      records.set(String(stored.id), stored);
    } else if (before) {
      records.delete(String(before.id));
    }
    for (const draft of changeEvents(collection, before, stored, this)) this.recordEvent(draft);
    return stored;
  }

  /** A record as the scenario gives it: no events, nothing has happened yet. */
  private seedRecord(collection: PsaCollection, fields: PsaRecord): PsaRecord & { id: string } {
    const now = this.now();
    const record = { id: this.newId(collection), ...fields, created_at: now, updated_at: now };
    this.records(collection).set(record.id, record);
    return record;
  }

  /** The generic state API changed a record directly: do what the vendor's screens would. */
  recordChanged(change: StateChange): void {
    const collection = change.collection as PsaCollection;
    if (!this.data.has(collection) || collection === 'subscribed_events') return;
    this.save(collection, change.before, change.after);
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
      payload: { ...draft.subject },
    };
    this.records('subscribed_events').set(event.id, event);
    for (const listener of this.listeners) listener(event);
  }
}

function isEdit(before: PsaRecord, after: PsaRecord): boolean {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
    if (!BOOKKEEPING_FIELDS.has(key) && !sameValue(before[key], after[key])) return true;
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
