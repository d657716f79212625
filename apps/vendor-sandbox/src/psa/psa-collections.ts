/**
 * The PSA's collections, as the generic state API and the vendor API name them. Each has its own
 * id range so an id of one kind used as another (a user id as a workspace id) finds nothing, as it
 * would in a real tenant.
 */
export const PSA_FIRST_IDS = {
  users: 11_000_001,
  roles: 12_000_001,
  cost_rates: 13_000_001,
  rate_cards: 14_000_001,
  rate_card_roles: 15_000_001,
  workspaces: 16_000_001,
  stories: 17_000_001,
  participations: 18_000_001,
  expenses: 19_000_001,
  invoices: 20_000_001,
  external_references: 21_000_001,
  workspace_resources: 22_000_001,
  time_entries: 100_000_001,
  subscribed_events: 500_000_001,
} as const;

export type PsaCollection = keyof typeof PSA_FIRST_IDS;

export const PSA_COLLECTIONS = Object.keys(PSA_FIRST_IDS) as PsaCollection[];

/** Collections whose records carry a `version` that changes on every edit. */
export const VERSIONED_COLLECTIONS: ReadonlySet<PsaCollection> = new Set([
  'time_entries',
  'expenses',
]);

/** Fields whose change is bookkeeping, not an edit: no new version, no event. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set([
  'updated_at',
  'created_at',
  'version',
  'invoice_id',
]);
