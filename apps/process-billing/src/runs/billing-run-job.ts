import type { LegalEntityTick } from '../common/legal-entity-schedules';

/**
 * The billing-run queue's jobs: plan a run (its events and flow), then finish it; a legal
 * entity's scheduled tick (`schedule-run`, from its job scheduler), and the sweep that recovers
 * stuck runs (`recover-runs`).
 */
export type BillingRunJobName = 'plan-run' | 'finish-run' | 'schedule-run' | 'recover-runs';

/**
 * `plan-run` and `finish-run` carry the run's id, `schedule-run` the legal entity, `recover-runs`
 * nothing; the state is in Postgres.
 */
export type BillingRunJobData = { runId: string } | LegalEntityTick | Record<string, never>;
