/** The billing-run queue's jobs: plan a run (its events and flow), then finish it. */
export type BillingRunJobName = 'plan-run' | 'finish-run';

/** Both jobs of a run carry only its id; the run's state is in Postgres. */
export interface BillingRunJobData {
  runId: string;
}
