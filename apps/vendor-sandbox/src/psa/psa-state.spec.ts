import northwind from '../scenario/northwind.json';
import { Scenario } from '../scenario/scenario.types';
import { IdSequence } from '../world/id-sequence';
import { SandboxClock } from '../world/sandbox-clock';
import { PsaEvent } from './psa-events';
import { PsaState } from './psa-state';

const scenario = northwind as Scenario;

function seeded(): PsaState {
  return PsaState.seed(scenario, new IdSequence(), new SandboxClock(scenario.asOf));
}

function recordedEvents(state: PsaState): PsaEvent[] {
  return [...state.records('subscribed_events').values()] as PsaEvent[];
}

describe('PsaState', () => {
  it('seeds a user per worker, keeping the HCM number and whether they are active', () => {
    const users = [...seeded().records('users').values()];
    expect(users).toHaveLength(scenario.workers.length);
    expect(users.find((user) => user.employee_number === 'E1024')).toMatchObject({
      full_name: 'Yara Ito',
      active: false,
    });
  });

  it('seeds rate cards with effective-dated bill rates in cents, ANALYST missing where it is', () => {
    const state = seeded();
    const roles = new Map([...state.records('roles').values()].map((r) => [r.id, r.code]));
    const linesOf = (title: string) => {
      const card = [...state.records('rate_cards').values()].find((c) => c.title === title)!;
      return [...state.records('rate_card_roles').values()].filter(
        (line) => line.rate_card_id === card.id,
      );
    };
    expect(linesOf('RC-STD-USD')).toContainEqual(
      expect.objectContaining({ rate_in_cents: 42000, effective_to: '2026-10-31' }),
    );
    expect(linesOf('RC-PUBSEC-USD').map((line) => roles.get(line.role_id as string))).not.toContain(
      'ANALYST',
    );
  });

  it('hands out the same ids for the same scenario, each collection in its own range', () => {
    const ids = (state: PsaState) => [...state.records('users').keys()];
    expect(ids(seeded())).toEqual(ids(seeded()));
    expect(ids(seeded())[0]).not.toEqual([...seeded().records('roles').keys()][0]);
    expect(recordedEvents(seeded())).toHaveLength(0);
  });

  describe('time entries after approval', () => {
    function withEntry() {
      const state = seeded();
      const entry = state.insert('time_entries', { approved: false, time_in_minutes: 480 });
      return { state, entry };
    }

    it('approval records one event carrying the new version', () => {
      const { state, entry } = withEntry();
      expect(entry.version).toBe(1);
      const approved = state.update('time_entries', entry, { approved: true });
      expect(approved.version).toBe(2);
      expect(recordedEvents(state)).toEqual([
        expect.objectContaining({
          event_type: 'time_entry:approved',
          subject_type: 'TimeEntry',
          subject_id: entry.id,
          payload: expect.objectContaining({ version: 2, approved: true }),
        }),
      ]);
    });

    it('an edit of approved time is an update with a new version; withdrawal is unapproved', () => {
      const { state, entry } = withEntry();
      const approved = state.update('time_entries', entry, { approved: true });
      const edited = state.update('time_entries', approved, { time_in_minutes: 420 });
      state.update('time_entries', edited, { approved: false });
      expect(recordedEvents(state).map((e) => [e.event_type, e.payload.version])).toEqual([
        ['time_entry:approved', 2],
        ['time_entry:updated', 3],
        ['time_entry:unapproved', 4],
      ]);
    });

    it('linking an invoice is bookkeeping: no new version, no event', () => {
      const { state, entry } = withEntry();
      const approved = state.update('time_entries', entry, { approved: true });
      const invoiced = state.update('time_entries', approved, { invoice_id: '20000001' });
      expect(invoiced.version).toBe(2);
      expect(recordedEvents(state)).toHaveLength(1);
    });

    it('a change made through the generic state API emits the same events', () => {
      const { state, entry } = withEntry();
      const after = { ...entry, approved: true };
      state.records('time_entries').set(entry.id, after);
      state.recordChanged({ collection: 'time_entries', id: entry.id, before: entry, after });
      expect(state.records('time_entries').get(entry.id)).toMatchObject({ version: 2 });
      expect(recordedEvents(state).map((e) => e.event_type)).toEqual(['time_entry:approved']);
    });
  });

  it('tells listeners about each event and stops when they unsubscribe', () => {
    const state = seeded();
    const heard: string[] = [];
    const stop = state.subscribe((event) => heard.push(event.event_type));
    const story = state.insert('stories', { story_type: 'milestone', state: 'not_started' });
    state.update('stories', story, { state: 'completed' });
    stop();
    state.insert('workspaces', { title: 'after' });
    expect(heard).toEqual(['story:completed']);
  });

  it('a rate added to a rate card is a rate card update listing all its rates', () => {
    const state = seeded();
    const card = [...state.records('rate_cards').values()].find(
      (c) => c.title === 'RC-PUBSEC-USD',
    )!;
    state.insert('rate_card_roles', { rate_card_id: card.id, rate_in_cents: 9900 });
    const [event] = recordedEvents(state);
    expect(event).toMatchObject({ event_type: 'rate_card:updated', subject_id: card.id });
    expect(event.payload.rate_card_roles).toHaveLength(5);
  });
});
