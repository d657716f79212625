import { Scenario } from '../scenario/scenario.types';

export type PsaRecord = Record<string, unknown>;

/** What the PSA holds for one world: its records by collection, keyed by PSA id. */
export class PsaState {
  readonly users = new Map<string, PsaRecord>();
  readonly roles = new Map<string, PsaRecord>();
  readonly rateCards = new Map<string, PsaRecord>();
  readonly rateCardRoles = new Map<string, PsaRecord>();
  readonly workspaces = new Map<string, PsaRecord>();
  readonly stories = new Map<string, PsaRecord>();
  readonly participations = new Map<string, PsaRecord>();
  readonly timeEntries = new Map<string, PsaRecord>();
  readonly expenses = new Map<string, PsaRecord>();
  readonly invoices = new Map<string, PsaRecord>();
  readonly externalReferences = new Map<string, PsaRecord>();
  readonly subscribedEvents = new Map<string, PsaRecord>();

  private lastId = 0;

  static seed(scenario: Scenario): PsaState {
    const state = new PsaState();
    const roleIds = new Map<string, string>();
    for (const role of scenario.roles) {
      const id = state.nextId();
      roleIds.set(role.code, id);
      state.roles.set(id, { id, name: role.name, code: role.code });
    }
    for (const worker of scenario.workers) {
      const id = state.nextId();
      state.users.set(id, {
        id,
        full_name: worker.name,
        email_address: worker.email ?? null,
        employee_number: worker.id,
        role_id: roleIds.get(worker.role) ?? null,
        active: worker.active ?? true,
      });
    }
    return state;
  }

  nextId(): string {
    this.lastId += 1;
    return String(this.lastId);
  }

  collections(): Record<string, Map<string, PsaRecord>> {
    return {
      users: this.users,
      roles: this.roles,
      rate_cards: this.rateCards,
      rate_card_roles: this.rateCardRoles,
      workspaces: this.workspaces,
      stories: this.stories,
      participations: this.participations,
      time_entries: this.timeEntries,
      expenses: this.expenses,
      invoices: this.invoices,
      external_references: this.externalReferences,
      subscribed_events: this.subscribedEvents,
    };
  }
}
