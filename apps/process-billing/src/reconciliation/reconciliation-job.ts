/**
 * The reconciliation queue's jobs: `reconcile` one reconciliation (from the outbox, once its row
 * is committed), and a legal entity's `schedule` tick (from its job scheduler).
 */
export type ReconciliationJobName = 'reconcile' | 'schedule';

/** `reconcile` carries the reconciliation's id, `schedule` the legal entity; state is in Postgres. */
export type ReconciliationJobData = { reconciliationId: string } | { legalEntity: string };
