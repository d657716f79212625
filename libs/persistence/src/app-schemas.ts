import {
  BILLING,
  CROSS_REFERENCES,
  FEED_CHECKPOINTS,
  FLOW_RECORDS,
  FORECASTS,
  IDEMPOTENCY_KEYS,
  INBOX,
  ONBOARDINGS,
  OUTBOX,
  RECONCILIATIONS,
  TIME_POSTINGS,
  TableSet,
} from './table-sets';

/**
 * What each app keeps in Postgres. Each app's tables live in a schema of its own, reached through
 * a role of its own (both named after the app, `process_time` for process-time), so Postgres
 * itself refuses an app that reads another's tables: a hand-off goes through an API or a queue.
 */
export const APP_TABLE_SETS = {
  'system-crm': [IDEMPOTENCY_KEYS, CROSS_REFERENCES, FEED_CHECKPOINTS],
  'system-psa': [IDEMPOTENCY_KEYS, CROSS_REFERENCES, INBOX, OUTBOX, FEED_CHECKPOINTS],
  'system-erp': [IDEMPOTENCY_KEYS, CROSS_REFERENCES],
  'system-hcm': [IDEMPOTENCY_KEYS],
  'process-onboarding': [IDEMPOTENCY_KEYS, OUTBOX, FLOW_RECORDS, ONBOARDINGS],
  'process-time': [IDEMPOTENCY_KEYS, OUTBOX, FLOW_RECORDS, TIME_POSTINGS],
  'process-billing': [IDEMPOTENCY_KEYS, OUTBOX, FLOW_RECORDS, BILLING, RECONCILIATIONS],
  'process-forecast': [IDEMPOTENCY_KEYS, OUTBOX, FLOW_RECORDS, FORECASTS],
  'experience-api': [IDEMPOTENCY_KEYS],
} as const satisfies Record<string, readonly TableSet[]>;

/** An app with tables of its own: every gateway app but the sandbox. */
export type DataOwner = keyof typeof APP_TABLE_SETS;

export const DATA_OWNERS = Object.keys(APP_TABLE_SETS) as DataOwner[];

/** The app's schema, and the role it connects as: `process_time` for process-time. */
export function schemaOf(app: DataOwner): string {
  return app.replace(/-/g, '_');
}

export function tablesOf(app: DataOwner): TableSet {
  const sets: readonly TableSet[] = APP_TABLE_SETS[app];
  return {
    entities: sets.flatMap((set) => set.entities),
    migrations: sets.flatMap((set) => set.migrations),
  };
}
